package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One relationship target against today (DOMAIN D10.1, step 3): how many persons or customers it
 * requires, how many reach it today, how many are short, and who could be raised to it — the
 * closest first.
 *
 * @param target the target; not null
 * @param reached how many persons or customers reach it today, at most the target's count
 * @param candidates the persons or customers below it, closest to it first; not null
 */
public record TargetGap(RelationshipTarget target, int reached, List<GapCandidate> candidates) {

  /**
   * Checks the gap.
   *
   * @param target the target; not null
   * @param reached how many reach it today, 0 to the target's count
   * @param candidates the persons or customers below it; not null
   * @throws IllegalArgumentException if {@code reached} is out of range
   */
  public TargetGap {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(target, "target");
    candidates = ImmutableList.copyOf(candidates);
    checkArgument(
        reached >= 0 && reached <= target.count(),
        "%s: reached %s is from 0 to %s (DOMAIN D10.1)",
        target,
        reached,
        target.count());
  }

  /** {@return how many persons or customers the target still lacks} */
  public int shortBy() {
    return target.count() - reached;
  }

  /** {@return whether the target is reached today} */
  public boolean isReached() {
    return shortBy() == 0;
  }

  /**
   * {@return the gap in D10.1's words, e.g. "3 key persons at supportive and exclusive: 1 today, 2
   * short; to raise: P-3 of CU-1 (favourable), P-5 of CU-1 (not assessed)"}
   */
  public String explanation() {
    String head = target.statement() + ": " + reached + " today";
    if (isReached()) {
      return head + ", reached";
    }
    return head
        + ", "
        + shortBy()
        + " short"
        + (candidates.isEmpty()
            ? "; no one mapped to raise: map the decision chain further"
            : "; to raise: "
                + String.join(", ", candidates.stream().map(Object::toString).toList()));
  }
}
