package org.factline.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of the Java commands behind {@code ./factline}. Exit codes: 0 ok, 1 some items failed, 2 usage. */
public final class FactlineCli {

    static final String USAGE = """
            usage: factline ingest [--api URL] [--outlet NAME] [--published DATE] [--language CODE] PATH...
              PATH         files or folders (searched recursively) of articles:
                             .txt            plain text, first line is the title
                             .html .htm      a web page; the article text is read out of it
                             .json           an article object, or an array of them
                             .ndjson .jsonl  one article object per line
                           each optionally gzipped (.gz). JSON fields: title, text (or body, content),
                           html, url, outlet, publishedAt (or date_iso, date, published), language,
                           authors, tags; other fields are ignored.
              --api        ingest-service base URL (default $FACTLINE_INGEST_URL or http://localhost:8081)
              --outlet     outlet for every article (default: the record's, else the file name)
              --published  publication date for articles that have none (2025-11-16 or ISO date-time)
              --language   ISO 639-1 code for articles that have none (default: detected)
            exit codes: 0 all accepted or duplicate, 1 some rejected, 2 usage error, 3 stopped
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
