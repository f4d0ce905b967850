package dev.cronhound.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableCellTest {

  @Test
  void piecesWrapBetweenPiecesThenWordsThenAnywhere() {
    TableCell why = TableCell.pieces(List.of("every 5m,", "288 beats,", "prev 0.41"), 0);
    assertThat(why.lines(40)).containsExactly("every 5m, 288 beats, prev 0.41");
    assertThat(why.lines(20)).containsExactly("every 5m, 288 beats,", "prev 0.41");
    assertThat(why.lines(9)).containsExactly("every 5m,", "288", "beats,", "prev 0.41");
    assertThat(TableCell.pieces(List.of("\\Microsoft\\Windows\\CacheSync"), 0).lines(12))
        .containsExactly("\\Microsoft\\W", "indows\\Cache", "Sync");
  }

  @Test
  void aCellLongerThanItsLinesEndsInAnEllipsis() {
    assertThat(TableCell.pieces(List.of("abcdefghijklmnopqrstuvwxyz"), 2).lines(10))
        .containsExactly("abcdefghij", "klmnopqrs…");
    assertThat(TableCell.pieces(List.of("a b c d e f"), 2).lines(3)).containsExactly("a b", "c…");
  }

  @Test
  void aWholeCellIsNeverBroken() {
    String v6 = "[2001:db8:ffff:abcd:ef01:2345:6789:abcd]:8443";
    assertThat(TableCell.whole(v6).lines(10)).containsExactly(v6);
  }
}
