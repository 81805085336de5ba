package org.leadtocash.metrics.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.opportunity.Opportunity;

/**
 * How many opportunities reached each {@link FunnelStage}: the accumulator and result of {@link
 * PipelineFunnel}. An immutable value.
 *
 * @param counts the count per stage, in stage order; each not negative and at most the one before
 */
public record Funnel(long[] counts) {

  /** The funnel of no opportunities. */
  public static final Funnel NONE = new Funnel(new long[FunnelStage.values().length]);

  /**
   * Checks and copies the counts.
   *
   * @param counts the count per stage, in stage order; each not negative and at most the one before
   * @throws IllegalArgumentException if there is not one count per stage, or the funnel widens
   */
  public Funnel {
    Objects.requireNonNull(counts, "counts");
    checkArgument(counts.length == FunnelStage.values().length, "a funnel has one count per stage");
    counts = counts.clone();
    for (int i = 0; i < counts.length; i++) {
      checkArgument(counts[i] >= 0, "a funnel count is not negative");
      checkArgument(i == 0 || counts[i] <= counts[i - 1], "a funnel never widens");
    }
  }

  /** {@return a copy of the counts, in stage order; never null} */
  @Override
  public long[] counts() {
    return counts.clone();
  }

  /**
   * Returns the count at a stage.
   *
   * @param stage the stage; not null
   * @return how many opportunities reached it
   */
  public long count(FunnelStage stage) {
    Objects.requireNonNull(stage, "stage");
    return counts[stage.ordinal()];
  }

  /**
   * Returns the share of the opportunities at the stage before that reached this one.
   *
   * @param stage the stage; not null, not {@link FunnelStage#OPENED}
   * @return the conversion from the stage before; "no data" when it is empty
   */
  public Rate conversion(FunnelStage stage) {
    Objects.requireNonNull(stage, "stage");
    checkArgument(stage != FunnelStage.OPENED, "the first stage has no stage before it");
    long before = counts[stage.ordinal() - 1];
    return before == 0 ? Rate.NO_DATA : Rate.of(counts[stage.ordinal()], before);
  }

  /**
   * Adds another funnel.
   *
   * @param other the other funnel; not null
   * @return the sum, never null
   */
  public Funnel plus(Funnel other) {
    Objects.requireNonNull(other, "other");
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(sum[i], other.counts[i]);
    }
    return new Funnel(sum);
  }

  /**
   * Takes out another funnel that was added before.
   *
   * @param other the funnel to take out; not null, part of this one
   * @return the difference, never null
   * @throws IllegalArgumentException if {@code other} is not part of this funnel
   */
  public Funnel minus(Funnel other) {
    Objects.requireNonNull(other, "other");
    long[] difference = counts.clone();
    for (int i = 0; i < difference.length; i++) {
      difference[i] = Math.subtractExact(difference[i], other.counts[i]);
    }
    return new Funnel(difference);
  }

  /**
   * Adds one opportunity at every stage it reached, with one copy of the counts.
   *
   * @param opportunity the opportunity; not null
   * @return the new funnel, never null
   */
  Funnel plusOne(Opportunity opportunity) {
    long[] sum = counts.clone();
    for (FunnelStage stage : FunnelStage.STAGES) {
      if (stage.reachedBy(opportunity)) {
        sum[stage.ordinal()] = Math.addExact(sum[stage.ordinal()], 1);
      }
    }
    return new Funnel(sum);
  }

  /**
   * Returns the funnel as Mermaid text: a horizontal bar chart of the stages (a {@code String}; no
   * I/O).
   *
   * @return the Mermaid source, never null
   */
  public String toMermaid() {
    StringBuilder mermaid =
        new StringBuilder("xychart-beta\n  title \"Opportunity funnel\"\n  x-axis [");
    FunnelStage[] stages = FunnelStage.values();
    for (int i = 0; i < stages.length; i++) {
      mermaid.append(i == 0 ? "" : ", ").append('"').append(stages[i].label()).append('"');
    }
    mermaid.append("]\n  y-axis \"opportunities\"\n  bar [");
    for (int i = 0; i < counts.length; i++) {
      mermaid.append(i == 0 ? "" : ", ").append(counts[i]);
    }
    return mermaid.append("]\n").toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Funnel f && Arrays.equals(counts, f.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** {@return e.g. {@code opened 10 → ATI passed 6 (60.0%) → …}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (FunnelStage stage : FunnelStage.values()) {
      if (stage != FunnelStage.OPENED) {
        text.append(" → ");
      }
      text.append(stage.label()).append(' ').append(count(stage));
      if (stage != FunnelStage.OPENED) {
        text.append(conversion(stage).value().map(v -> " (" + Figures.percent(v) + ")").orElse(""));
      }
    }
    return text.toString();
  }
}
