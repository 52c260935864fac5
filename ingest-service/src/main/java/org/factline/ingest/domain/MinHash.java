package org.factline.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word 4-shingles. Two signatures agree in a fraction of positions that
 * estimates the Jaccard similarity of the texts' shingle sets; {@link #bands} cuts a signature
 * into LSH bands so only texts sharing a band need comparing.
 */
public final class MinHash {

    public static final int SIZE = 128;
    public static final int BANDS = 32;
    private static final int ROWS = SIZE / BANDS;
    private static final int SHINGLE = 4;
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        SplittableRandom random = new SplittableRandom(0x5EEDL); // fixed: signatures must be comparable across restarts
        for (int i = 0; i < SIZE; i++) {
            A[i] = random.nextLong() | 1L;
            B[i] = random.nextLong();
        }
    }

    private MinHash() {
    }

    public static int[] signature(String text) {
        String[] words = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+");
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        int first = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        int shingles = Math.max(1, words.length - first - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long h = shingleHash(words, first + s, Math.min(words.length, first + s + SHINGLE));
            for (int i = 0; i < SIZE; i++) {
                int v = (int) ((A[i] * h + B[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    public static long[] bands(int[] sig) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 1125899906842597L + b;
            for (int r = 0; r < ROWS; r++) {
                h = 31 * h + sig[b * ROWS + r];
            }
            bands[b] = h;
        }
        return bands;
    }

    private static long shingleHash(String[] words, int from, int to) {
        long h = 1469598103934665603L; // FNV-1a 64
        for (int i = from; i < to; i++) {
            for (byte c : words[i].getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ c) * 1099511628211L;
            }
            h = (h ^ ' ') * 1099511628211L;
        }
        return h;
    }
}
