package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An operating rhythm of the sales organisation (DOMAIN D1.6): the organisation that runs it, its
 * meetings, the tables it keeps and the things it watches. {@link #standard()} is the "LTC
 * 1-2-3-4": one organisation, two meetings, three tables, four things watched.
 *
 * @param organisation the department that runs it; not null
 * @param meetings its meetings, in order; not null, not empty, distinct
 * @param tables the tables it keeps, in order; not null, not empty, distinct
 * @param watched what it watches, in order; not null, not empty, distinct
 */
public record OperatingRhythm(
    Department organisation, List<Meeting> meetings, List<SalesTable> tables, List<Watch> watched) {

  /**
   * Checks and copies the parts.
   *
   * @param organisation the department that runs it; not null
   * @param meetings its meetings, in order; not null, not empty, distinct
   * @param tables the tables it keeps, in order; not null, not empty, distinct
   * @param watched what it watches, in order; not null, not empty, distinct
   * @throws IllegalArgumentException if a list is empty or repeats an entry
   */
  public OperatingRhythm {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(meetings, "meetings");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(watched, "watched");
    meetings = List.copyOf(meetings);
    tables = List.copyOf(tables);
    watched = List.copyOf(watched);
    checkDistinct(meetings, "meetings");
    checkDistinct(tables, "tables");
    checkDistinct(watched, "things watched");
  }

  private static void checkDistinct(List<?> items, String what) {
    checkArgument(!items.isEmpty(), "an operating rhythm has %s (DOMAIN D1.6)", what);
    checkArgument(
        new HashSet<>(items).size() == items.size(),
        "an operating rhythm lists its %s once each, not %s (DOMAIN D1.6)",
        what,
        items);
  }

  /**
   * Returns the library's standard rhythm, the "LTC 1-2-3-4" (LTC流程之1234): one organisation, the
   * sales management department (销售管理部); two meetings, the sales project management meeting and the
   * sales business meeting; three tables, leads, opportunities and hilltop projects; four things
   * watched, sales management health, KPI progress and gap, hilltop-project traffic lights, and
   * risks and open legacy issues. A host with a rhythm of its own builds it with the constructor.
   *
   * @return the rhythm, never null
   */
  public static OperatingRhythm standard() {
    return new OperatingRhythm(
        Department.SALES_MANAGEMENT,
        List.of(Meeting.values()),
        List.of(SalesTable.values()),
        List.of(Watch.values()));
  }
}
