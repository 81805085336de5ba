package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;

/**
 * A key account's penetration by segment (DOMAIN D11.4): each segment's current share against its
 * target share, ranked by gap, the segment furthest behind its target first.
 *
 * <p>The ranking is deterministic: by the larger gap (target − current share), then by segment name
 * ({@link String#compareTo}). Segments are distinct and the market sizes given are in one currency.
 *
 * @param segments every segment, largest gap first; not null
 */
public record Penetration(List<SegmentPenetration> segments) {

  private static final Comparator<SegmentPenetration> ORDER =
      Comparator.comparing(SegmentPenetration::gap)
          .reversed()
          .thenComparing(SegmentPenetration::segment);

  /**
   * Checks the segments and their order.
   *
   * @param segments every segment, largest gap first; not null
   * @throws IllegalArgumentException if a segment repeats, market sizes are in more than one
   *     currency, or the segments are not ranked by gap then name
   */
  public Penetration {
    Objects.requireNonNull(segments, "segments");
    segments = ImmutableList.copyOf(segments);
    Set<String> names = new HashSet<>();
    Set<CurrencyUnit> currencies = new HashSet<>();
    for (int i = 0; i < segments.size(); i++) {
      SegmentPenetration segment = segments.get(i);
      checkArgument(
          names.add(segment.segment()),
          "a penetration lists each segment once (DOMAIN D11.4): %s is there twice",
          segment.segment());
      segment.marketSize().ifPresent(m -> currencies.add(m.getCurrencyUnit()));
      if (i > 0) {
        checkArgument(
            ORDER.compare(segments.get(i - 1), segment) < 0,
            "a penetration ranks segments by gap, then name (DOMAIN D11.4): %s before %s",
            segments.get(i - 1).segment(),
            segment.segment());
      }
    }
    checkArgument(
        currencies.size() <= 1,
        "a penetration sizes its markets in one currency (DOMAIN D11.4), not %s",
        currencies);
  }

  /**
   * Ranks segments by their gap, largest first.
   *
   * @param segments the segments, in any order; not null, distinct, market sizes in one currency
   * @return the ranked penetration, never null
   * @throws IllegalArgumentException if a segment repeats or market sizes mix currencies
   */
  public static Penetration of(List<SegmentPenetration> segments) {
    Objects.requireNonNull(segments, "segments");
    List<SegmentPenetration> sorted = new ArrayList<>(ImmutableList.copyOf(segments));
    sorted.sort(ORDER);
    return new Penetration(sorted);
  }

  /**
   * Finds one segment.
   *
   * @param segment the segment's name; not null
   * @return its penetration, or empty if it is not listed; never null
   */
  public Optional<SegmentPenetration> find(String segment) {
    Objects.requireNonNull(segment, "segment");
    return segments.stream().filter(s -> s.segment().equals(segment)).findFirst();
  }

  /** {@return the segments behind their target, largest gap first; never null} */
  public List<SegmentPenetration> behindTarget() {
    return segments.stream()
        .filter(SegmentPenetration::behindTarget)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return one line per segment, largest gap first} */
  public String explanation() {
    return String.join("\n", segments.stream().map(SegmentPenetration::explanation).toList());
  }
}
