package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.ReadCapture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The TSV and JSON samples record the same traffic, so both readers must agree on every event. */
class TsvJsonEquivalenceTest {

  private static final String DIR = "src/test/resources/zeek/";

  @ParameterizedTest
  @ValueSource(strings = {"conn", "dns", "ssl", "http"})
  void tsvAndJsonGiveTheSameEvents(String kind) {
    ReadCapture tsv = ReadCapture.of(List.of(DIR + "tsv-" + kind + ".log"));
    ReadCapture json = ReadCapture.of(List.of(DIR + "json-" + kind + ".log"));

    assertThat(tsv.events()).isNotEmpty();
    assertThat(json.withoutOrigin()).containsExactlyElementsOf(tsv.withoutOrigin());
    assertThat(tsv.report().malformedCount()).isZero();
    assertThat(json.report().malformedCount()).isZero();
    assertThat(json.report().recordsByFormat()).containsOnlyKeys("zeek-json/" + kind);
  }

  @Test
  void rockNsmDialectMatchesStockTsv() {
    ReadCapture rock = ReadCapture.of(List.of(DIR + "rocknsm-mixed.json"));
    List<String> tsv =
        Stream.of("conn", "dns", "ssl", "http")
            .flatMap(
                k -> ReadCapture.of(List.of(DIR + "tsv-" + k + ".log")).withoutOrigin().stream())
            .toList();

    assertThat(rock.withoutOrigin()).hasSize(6);
    assertThat(tsv).containsAll(rock.withoutOrigin());
  }

  @Test
  void gzipIsTransparent() {
    assertThat(ReadCapture.of(List.of(DIR + "gz-conn.log.gz")).withoutOrigin())
        .containsExactlyElementsOf(ReadCapture.of(List.of(DIR + "tsv-conn.log")).withoutOrigin());
  }
}
