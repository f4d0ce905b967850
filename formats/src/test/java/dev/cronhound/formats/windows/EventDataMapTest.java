package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cronhound.core.event.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDataMapTest {

  @Test
  void keepsOrderAndIsEqualToTheSameEntriesInAnyMap() {
    Map<String, String> linked = new LinkedHashMap<>();
    linked.put("Image", "C:\\a.exe");
    linked.put("#1", "");
    linked.put("ProcessId", "42");
    EventDataMap d = EventDataMap.copyOf(linked);

    assertThat(d.size()).isEqualTo(3);
    assertThat(d.key(0)).isEqualTo("Image");
    assertThat(d.value(2)).isEqualTo("42");
    assertThat(new ArrayList<>(d.keySet())).containsExactly("Image", "#1", "ProcessId");
    assertThat(d.get("ProcessId")).isEqualTo("42");
    assertThat(d.get("processid")).isNull();
    assertThat(d.containsKey("#1")).isTrue();
    assertThat(d).isEqualTo(linked);
    assertThat(linked).isEqualTo(d);
    assertThat(d.hashCode()).isEqualTo(linked.hashCode());
    assertThat(d.toString()).isEqualTo(linked.toString());
    assertThat(EventDataMap.copyOf(d)).isSameAs(d);
    assertThat(EventDataMap.copyOf(Map.of())).isEmpty();
  }

  @Test
  void isUnmodifiable() {
    EventDataMap d = EventDataMap.copyOf(Map.of("a", "1"));
    assertThatThrownBy(() -> d.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.key(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void builderNumbersRepeatedKeysWithFewAndManyFields() {
    WindowsRecordBuilder b = new WindowsRecordBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String key = "K" + (i % 7);
      int seen = (int) expected.stream().filter(k -> k.equals(key) || k.startsWith(key + "#")).count();
      expected.add(seen == 0 ? key : key + "#" + (seen + 1));
      assertThat(b.put(key, "v" + i)).isEqualTo(expected.get(i));
    }
    assertThat(b.putUnnamed("u")).isEqualTo("#1");
    WindowsRecord r = b.build(new Origin("f", 1));
    assertThat(r.data()).hasSize(41);
    assertThat(new ArrayList<>(r.data().keySet()).subList(0, 40)).isEqualTo(expected);
    assertThat(r.get("K3#2")).isEqualTo("v10");

    b.clear();
    assertThat(b.hasData()).isFalse();
    assertThat(b.put("K0", "again")).isEqualTo("K0");
    assertThat(b.build(new Origin("f", 2)).data()).isEqualTo(Map.of("K0", "again"));
    assertThat(r.data()).hasSize(41); // the first record kept its fields
  }
}
