package org.factline.evaluation.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.factline.evaluation.Split;
import org.factline.evaluation.Tsv;

/** Loads {@code /identity/<split>/{articles.jsonl,claims.tsv,facts.tsv}} from the test classpath. */
public final class IdentitySetLoader {

    public static final List<String> CLAIM_COLUMNS = List.of("article_id", "surface", "occurrence", "fact", "kind", "tags");
    public static final List<String> FACT_COLUMNS = List.of("fact", "description", "behaviour", "contradiction", "notes");

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private IdentitySetLoader() {
    }

    public static IdentitySet load(Split split) {
        String dir = "/identity/" + split.stem() + "/";
        return new IdentitySet(split, articles(dir + "articles.jsonl"), claims(dir + "claims.tsv"),
                facts(dir + "facts.tsv"));
    }

    private static List<Article> articles(String resource) {
        InputStream in = IdentitySetLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing resource " + resource);
        }
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    articles.add(JSON.readValue(line, Article.class));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(resource + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private static List<GoldClaim> claims(String resource) {
        return Tsv.readResource(resource, CLAIM_COLUMNS, row -> {
            String tags = row.get("tags");
            return new GoldClaim(row.get("article_id"), row.get("surface"), Integer.parseInt(row.get("occurrence")),
                    row.get("fact"), ClaimKind.parse(row.get("kind")),
                    tags.isEmpty() ? java.util.Set.of() : new LinkedHashSet<>(Arrays.asList(tags.split(","))));
        });
    }

    private static List<GoldFact> facts(String resource) {
        return Tsv.readResource(resource, FACT_COLUMNS, row -> {
            String contradiction = row.get("contradiction");
            if (!contradiction.equals("yes") && !contradiction.equals("no")) {
                throw row.error("contradiction must be yes or no: " + contradiction);
            }
            return new GoldFact(row.get("fact"), row.get("description"), FactBehaviour.parse(row.get("behaviour")),
                    contradiction.equals("yes"), row.get("notes"));
        });
    }
}
