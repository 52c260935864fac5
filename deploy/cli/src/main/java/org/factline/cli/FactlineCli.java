package org.factline.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of the Java commands behind {@code ./factline}. Exit codes: 0 ok, 1 some items failed, 2 usage. */
public final class FactlineCli {

    static final String USAGE = """
            usage: factline ingest [--api URL] [--outlet NAME] [--published DATE] [--language CODE] PATH...
              PATH     a file or a folder (searched recursively) of .txt articles: first line is the title
              --api    ingest-service base URL (default $FACTLINE_INGEST_URL or http://localhost:8081)
              --outlet outlet for every article (default: the file name without its extension)
            """;

    private FactlineCli() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            if (command.equals("ingest")) {
                return new IngestCommand(IngestOptions.parse(rest, System.getenv()), out, err).run();
            }
            err.println("factline: unknown command '" + command + "'");
            err.print(USAGE);
            return 2;
        } catch (UsageException e) {
            err.println("factline " + command + ": " + e.getMessage());
            return 2;
        }
    }
}
