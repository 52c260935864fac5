package org.factline.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parsed {@code ingest} options; every problem is reported before anything is sent. */
record IngestOptions(URI api, String outlet, String published, String language, List<Path> paths) {

    static IngestOptions parse(List<String> args, Map<String, String> env) {
        String api = env.getOrDefault("FACTLINE_INGEST_URL", "http://localhost:8081");
        String outlet = null;
        String published = null;
        String language = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--api" -> api = value(args, ++i, a);
                case "--outlet" -> outlet = value(args, ++i, a);
                case "--published" -> published = value(args, ++i, a);
                case "--language" -> language = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    Path p = Path.of(a);
                    if (!Files.exists(p)) {
                        throw new UsageException("no such file or folder: " + a);
                    }
                    paths.add(p);
                }
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("give at least one file or folder to ingest");
        }
        URI uri;
        try {
            uri = URI.create(api.endsWith("/") ? api.substring(0, api.length() - 1) : api);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--api is not a URL: " + api);
        }
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
            throw new UsageException("--api must be an http(s) URL, got " + api);
        }
        return new IngestOptions(uri, outlet, published, language, List.copyOf(paths));
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args.get(i);
    }
}
