package dev.cronhound.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A beacon's rotating URI parts are blanked; the words of the path stay. */
class UriShapeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v2/tasks/8f3a91c2e0?id=4711&t=x | /api/v2/tasks/{hex}?id={v}&t={v}",
        "/submit.php?id=12 | /submit.php?id={v}",
        "/static/2024/06/logo.png | /static/{n}/{n}/logo.png",
        "/u/550e8400-e29b-41d4-a716-446655440000 | /u/{uuid}",
        "/c/aGVsbG8gd29ybGQxMjM0NTY3 | /c/{b64}",
        "/index.html#top | /index.html",
        "http://update.example.com/v1/check?x | /v1/check?x",
        "/ | /",
        "/deadbeef | /deadbeef",
      })
  void shapes(String uri, String shape) {
    assertThat(UriShape.of(uri)).isEqualTo(shape);
  }
}
