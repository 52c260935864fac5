package org.factline.bench;

import org.factline.contracts.value.FactKey;
import org.openjdk.jmh.annotations.Benchmark;

/** Keeps the JMH set-up honest: the cheapest call the contracts offer. */
public class SmokeBenchmark {

    @Benchmark
    public FactKey factKey() {
        return FactKey.of("deaths", "person");
    }
}
