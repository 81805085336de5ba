package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.MONTH;
import static org.leadtocash.metrics.customer.CustomerMetricsFixtures.issue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.metrics.testing.KpiLaws;

/**
 * Issue closure time and escalation rate (DOMAIN D8.2, D12), worked by hand and under the KPI laws.
 */
class IssueKpisTest {

  /**
   * Six issues: accepted at hours 0, 24, 48, 100, 720 and −48 of the month; closed after 48, 96,
   * 216 hours, open, 48 hours (after the month's end) and 72 hours; the second, fourth and sixth
   * escalated.
   */
  static List<CustomerIssue> sixIssues() {
    return List.of(
        issue(1, 0, false, 48),
        issue(2, 24, true, 96),
        issue(3, 48, false, 216),
        issue(4, 100, true, 0),
        issue(5, 720, false, 48),
        issue(6, -48, true, 72));
  }

  @Test
  @DisplayName(
      "D8.2: closed in the month after 2, 4, 9 and 3 days: average 4.5 days, longest 9; the open"
          + " issue and the one closed next month are not counted")
  void closureTime() {
    ClosureTimes times = IssueClosureTime.in(MONTH).compute(sixIssues());

    assertEquals(4, times.issues());
    assertEquals(Optional.of(Duration.ofHours(108)), times.average());
    assertEquals(Optional.of(Duration.ofDays(9)), times.maximum());
    assertEquals(Duration.ofDays(18), times.total());
    assertEquals("4 issues closed, average PT108H, longest PT216H", times.toString());
  }

  @Test
  @DisplayName(
      "D8.2: of the 5 issues accepted in the month, 2 were escalated: 2/5; the issue accepted"
          + " before the month is not counted")
  void escalationRate() {
    assertEquals(Rate.of(2, 5), EscalationRate.in(MONTH).compute(sixIssues()));
  }

  @Test
  @DisplayName("no issue in the period: 'no data', never zero or NaN")
  void empty() {
    ClosureTimes none = IssueClosureTime.in(MONTH).compute(List.of(issue(1, 0, false, 0)));
    assertEquals(ClosureTimes.NONE, none);
    assertTrue(none.average().isEmpty());
    assertTrue(none.maximum().isEmpty());
    assertEquals("no issue closed", none.toString());
    assertEquals(Rate.NO_DATA, EscalationRate.in(MONTH).compute(List.of(issue(1, -100, true, 0))));
  }

  @Test
  @DisplayName("closure times refuse an impossible accumulator")
  void refusesImpossibleTimes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClosureTimes(0, Duration.ofHours(1), Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ClosureTimes(1, Duration.ofHours(1), Duration.ofHours(2)));
    assertThrows(
        IllegalArgumentException.class, () -> new ClosureTimes(-1, Duration.ZERO, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ClosureTimes.of(Duration.ofHours(-1)));
  }

  @Property(tries = 100)
  void closureTimeMergesLikeTheWhole(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> codes,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(IssueClosureTime.in(MONTH), issues(codes), cuts, seed);
  }

  @Property(tries = 100)
  void escalationRateMergesLikeTheWhole(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> codes,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    KpiLaws.check(EscalationRate.in(MONTH), issues(codes), cuts, seed);
  }

  @Property(tries = 100)
  void agreeWithNaiveComputations(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> codes) {
    List<CustomerIssue> issues = issues(codes);
    List<Duration> closed =
        issues.stream()
            .filter(i -> i.closedAt().isPresent() && MONTH.contains(i.closedAt().get()))
            .map(i -> Duration.between(i.acceptedAt(), i.closedAt().get()))
            .toList();
    ClosureTimes times = IssueClosureTime.in(MONTH).compute(issues);
    assertEquals(closed.size(), times.issues());
    assertEquals(closed.stream().max(Duration::compareTo), times.maximum());
    long seconds = closed.stream().mapToLong(Duration::getSeconds).sum();
    assertEquals(
        closed.isEmpty()
            ? Optional.empty()
            : Optional.of(Duration.ofNanos(seconds * 1_000_000_000L / closed.size())),
        times.average());

    long accepted = issues.stream().filter(i -> MONTH.contains(i.acceptedAt())).count();
    long escalated =
        issues.stream()
            .filter(i -> MONTH.contains(i.acceptedAt()) && !i.escalations().isEmpty())
            .count();
    assertEquals(
        accepted == 0 ? Rate.NO_DATA : Rate.of(escalated, accepted),
        EscalationRate.in(MONTH).compute(issues));
  }

  @Property(tries = 100)
  void averageLiesBetweenZeroAndTheLongestAndTheRateBetweenZeroAndOne(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> codes) {
    List<CustomerIssue> issues = issues(codes);
    ClosureTimes times = IssueClosureTime.in(MONTH).compute(issues);
    times
        .average()
        .ifPresent(
            average -> {
              assertTrue(!average.isNegative());
              assertTrue(average.compareTo(times.maximum().orElseThrow()) <= 0);
            });
    Rate rate = EscalationRate.in(MONTH).compute(issues);
    assertTrue(rate.numerator().compareTo(rate.denominator()) <= 0);
  }

  /**
   * Decodes issues: accepted at hour {@code code % 1000 − 100}, escalated if {@code code / 1000} is
   * odd, closed {@code code / 2000 % 400} hours later if that is more than 2.
   */
  static List<CustomerIssue> issues(List<Integer> codes) {
    List<CustomerIssue> issues = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int code = codes.get(i);
      issues.add(issue(i, code % 1000 - 100, (code / 1000) % 2 == 1, code / 2000 % 400));
    }
    return issues;
  }
}
