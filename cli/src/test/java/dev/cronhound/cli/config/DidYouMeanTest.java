package dev.cronhound.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void aSwapOfNeighboursCostsOne() {
    assertThat(DidYouMean.distance("tunabels", "tunables")).isEqualTo(1);
    assertThat(DidYouMean.distance("minepisods", "minepisodes")).isEqualTo(1);
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void theClosestNameWithinTwoEditsIsSuggestedCaseInsensitively() {
    List<String> keys = List.of("internal", "not_internal", "tunables");
    assertThat(DidYouMean.closest("Tunabels", keys)).contains("tunables");
    assertThat(DidYouMean.closest("not-internal", keys)).contains("not_internal");
    assertThat(DidYouMean.closest("intrenl", keys)).contains("internal");
    assertThat(DidYouMean.closest("colour", keys)).isEmpty();
    assertThat(DidYouMean.closest("ab", List.of("cd"))).isEmpty();
  }
}
