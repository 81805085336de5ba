package org.leadtocash.metrics.efficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.LI;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.W02;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.W03;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.ZHANG;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.metrics.OncePerFact;

/**
 * Visits per week (DOMAIN D2.2, D12) under a host's at-least-once delivery: an activity delivered
 * again is the same activity, counted once by its id.
 */
class VisitsOnceTest {

  private static final VisitsPerWeek KPI = VisitsPerWeek.in(Set.of(W02, W03), Set.of(ZHANG, LI));

  @Test
  @DisplayName(
      "Zhang's two visits delivered twice are two visits, not four, counted once by id (DOMAIN"
          + " D2.2, D12)")
  void anActivityDeliveredTwiceCountsOnce() {
    ContactActivity monday = activity(ActivityType.DAILY_VISIT, D0, ZHANG);
    ContactActivity tuesday = activity(ActivityType.DAILY_VISIT, D0.plusDays(1), ZHANG);
    List<ContactActivity> twice = List.of(monday, tuesday, monday, tuesday);
    // 2 visits in 2 people x 2 weeks = 4 employee-weeks, none on the target of 6; bare: 4 visits
    assertEquals(new WeeklyVisits(6, 2, 4, 0), KPI.compute(List.of(monday, tuesday)));
    assertEquals(new WeeklyVisits(6, 4, 4, 0), KPI.compute(twice));
    assertEquals(
        new WeeklyVisits(6, 2, 4, 0), OncePerFact.byId(KPI, ContactActivity::id).compute(twice));
  }

  @Test
  @DisplayName("two different activities under one id are refused, naming the id (DESIGN §2)")
  void twoActivitiesUnderOneIdAreRefused() {
    ContactActivity visit = activity(ActivityType.DAILY_VISIT, D0, ZHANG);
    ContactActivity other = ContactActivity.builder().from(visit).on(D0.plusDays(2)).build();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> OncePerFact.byId(KPI, ContactActivity::id).compute(List.of(visit, other)));
    assertTrue(refused.getMessage().contains(visit.id().value()), refused.getMessage());
    assertTrue(refused.getMessage().contains("two different states"), refused.getMessage());
    assertNotEquals(visit, other);
  }

  @Property(tries = 60)
  @Label("any at-least-once delivery of activities counts each activity once")
  void atLeastOnceIsOnce(@ForAll @IntRange(max = 20) int count, @ForAll long seed) {
    Random random = new Random(seed);
    List<ContactActivity> once = new ArrayList<>();
    List<ContactActivity> delivered = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ContactActivity activity =
          activity(
              ActivityType.DAILY_VISIT,
              D0.plusDays(random.nextInt(14)),
              random.nextBoolean() ? ZHANG : LI);
      once.add(activity);
      for (int times = 1 + random.nextInt(3); times > 0; times--) {
        delivered.add(activity);
      }
    }
    Collections.shuffle(delivered, random);
    assertEquals(KPI.compute(once), OncePerFact.byId(KPI, ContactActivity::id).compute(delivered));
  }
}
