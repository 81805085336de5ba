package org.leadtocash.planning.strategy;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Copies of the texts of a plan, keyed by an enum and kept in the enum's (DOMAIN's) order. */
final class Texts {

  private Texts() {}

  static <K extends Enum<K>> ImmutableMap<K, String> copy(
      Class<K> keys, Map<K, String> texts, String what) {
    Objects.requireNonNull(texts, what);
    EnumMap<K, String> ordered = new EnumMap<>(keys);
    texts.forEach(
        (k, v) ->
            ordered.put(
                Objects.requireNonNull(k, what + "' key"),
                Objects.requireNonNull(v, what + "' text")));
    return ImmutableMap.copyOf(ordered);
  }

  static CompletenessItem item(String item, Map<?, String> texts, Object key) {
    String text = texts.get(key);
    if (text == null) {
      return new CompletenessItem(item, false, "the " + item + " is missing");
    }
    if (text.isBlank()) {
      return new CompletenessItem(item, false, "the " + item + " is blank");
    }
    return new CompletenessItem(item, true, "the " + item + " is written down");
  }
}
