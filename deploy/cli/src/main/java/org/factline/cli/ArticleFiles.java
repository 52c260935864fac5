package org.factline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds article files and reads one into title and text (plain text: the first line is the title). */
final class ArticleFiles {

    record ArticleFile(Path path, String title, String text) {
    }

    private ArticleFiles() {
    }

    static List<Path> find(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** @throws CharacterCodingException when the file is not valid UTF-8 */
    static ArticleFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        int nl = content.indexOf('\n');
        String title = (nl < 0 ? content : content.substring(0, nl)).strip();
        String text = nl < 0 ? content : content.substring(nl + 1);
        return new ArticleFile(path, title.isEmpty() ? null : title, text);
    }

    static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
