package org.factline.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorVersionTest {

    @Test
    void numeric_parts_compare_as_numbers() {
        assertThat(ExtractorVersion.compare("0.10.0", "0.9.3")).isPositive();
        assertThat(ExtractorVersion.compare("1.2", "1.2.0")).isZero();
        assertThat(ExtractorVersion.compare("2.0.0", "10.0.0")).isNegative();
    }

    @Test
    void a_pre_release_comes_before_its_release_and_build_metadata_is_ignored() {
        assertThat(ExtractorVersion.compare("1.0.0-rc.1", "1.0.0")).isNegative();
        assertThat(ExtractorVersion.compare("1.0.0-rc.2", "1.0.0-rc.10")).isNegative();
        assertThat(ExtractorVersion.compare("1.0.0+build.7", "1.0.0")).isZero();
    }

    @Test
    void newer_treats_null_as_oldest() {
        assertThat(ExtractorVersion.newer(null, "0.1.0")).isEqualTo("0.1.0");
        assertThat(ExtractorVersion.newer("0.2.0", "0.1.9")).isEqualTo("0.2.0");
    }
}
