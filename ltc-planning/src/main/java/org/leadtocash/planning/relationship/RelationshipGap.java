package org.leadtocash.planning.relationship;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;
import org.leadtocash.domain.relationship.RelationshipLayer;

/**
 * The gap between a plan's relationship targets and today's relationships (DOMAIN D10.1, step 3):
 * per target, required against reached, how many are short and who could be raised.
 *
 * <p>How it counts:
 *
 * <ul>
 *   <li><b>key persons</b>: the people of the decision chains of the scope's customers, each
 *       counted once; the targets are served from the highest level down, each taking the people at
 *       or above its level not taken by a higher one (so a person at supportive and exclusive
 *       counts towards "supportive" once the exclusive target is full). The candidates are the
 *       people left below the level, closest first (a person not assessed is the furthest), in
 *       chain order on a tie;
 *   <li><b>organisational</b>: the scope's customers at or above the level; candidates are the
 *       others, closest first;
 *   <li><b>general</b>: the scope's customers at or above the grade; candidates are the others,
 *       closest first.
 * </ul>
 *
 * @param gaps one per target, in the plan's order; not null
 */
public record RelationshipGap(List<TargetGap> gaps) {

  /**
   * Copies the gaps.
   *
   * @param gaps one per target; not null
   */
  public RelationshipGap {
    Objects.requireNonNull(gaps, "gaps");
    gaps = ImmutableList.copyOf(gaps);
  }

  /**
   * Measures relationship targets against today's relationships.
   *
   * @param scope the plan's scope; not null
   * @param targets the relationship targets; not null
   * @param today today's relationships; chains and levels outside the scope are ignored; not null
   * @return the gap report, one entry per target in order; never null
   * @throws IllegalArgumentException if two targets have one subject
   */
  public static RelationshipGap of(
      PlanScope scope, List<RelationshipTarget> targets, CurrentRelationships today) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(today, "today");
    if (targets.stream().map(RelationshipTarget::subject).distinct().count() != targets.size()) {
      throw new IllegalArgumentException(
          "the targets measured hold one target per subject (DOMAIN D10.1): " + targets);
    }
    List<Person> people = new ArrayList<>();
    for (CustomerId customer : scope.customers()) {
      Optional<DecisionChain> chain = today.chain(customer);
      if (chain.isPresent()) {
        for (KeyPerson person : chain.get().people()) {
          people.add(
              new Person(
                  customer, person.id(), Optional.ofNullable(today.keyLevels().get(person.id()))));
        }
      }
    }
    // serve key-person targets from the highest level down
    List<RelationshipTarget> keyTargets =
        targets.stream()
            .filter(t -> t.layer() == RelationshipLayer.KEY)
            .sorted(
                Comparator.comparing(
                    (RelationshipTarget t) -> t.keyLevel().orElseThrow(),
                    Comparator.reverseOrder()))
            .toList();
    Set<PersonId> taken = new HashSet<>();
    Map<RelationshipTarget, TargetGap> keyGaps = new HashMap<>();
    for (RelationshipTarget target : keyTargets) {
      KeyRelationshipLevel level = target.keyLevel().orElseThrow();
      int reached = 0;
      for (Person person : byLevel(people)) {
        if (reached < target.count()
            && !taken.contains(person.id())
            && person.level().map(l -> l.isAtLeast(level)).orElse(false)) {
          taken.add(person.id());
          reached++;
        }
      }
      keyGaps.put(target, new TargetGap(target, reached, List.of()));
    }
    List<TargetGap> gaps = new ArrayList<>();
    for (RelationshipTarget target : targets) {
      switch (target.layer()) {
        case KEY -> {
          KeyRelationshipLevel level = target.keyLevel().orElseThrow();
          TargetGap counted = Objects.requireNonNull(keyGaps.get(target));
          List<GapCandidate> candidates =
              counted.isReached()
                  ? List.of()
                  : byLevel(people).stream()
                      .filter(
                          p ->
                              !taken.contains(p.id())
                                  && !p.level().map(l -> l.isAtLeast(level)).orElse(false))
                      .map(
                          p ->
                              new GapCandidate(
                                  p.customer(),
                                  Optional.of(p.id()),
                                  p.level()
                                      .map(KeyRelationshipLevel::label)
                                      .orElse("not assessed")))
                      .toList();
          gaps.add(new TargetGap(target, counted.reached(), candidates));
        }
        case ORGANISATIONAL -> {
          OrganisationalRelationshipLevel level = target.organisationalLevel().orElseThrow();
          gaps.add(
              customers(
                  scope,
                  target,
                  c -> Optional.ofNullable(today.organisational().get(c)),
                  l -> l.isAtLeast(level),
                  OrganisationalRelationshipLevel::label));
        }
        case GENERAL -> {
          GeneralRelationshipGrade grade = target.generalGrade().orElseThrow();
          gaps.add(
              customers(
                  scope,
                  target,
                  c -> Optional.ofNullable(today.general().get(c)),
                  g -> g.isAtLeast(grade),
                  GeneralRelationshipGrade::label));
        }
      }
    }
    return new RelationshipGap(gaps);
  }

  private static <L extends Enum<L>> TargetGap customers(
      PlanScope scope,
      RelationshipTarget target,
      Function<CustomerId, Optional<L>> levelOf,
      Predicate<L> reaches,
      Function<L, String> label) {
    int reached = 0;
    List<CustomerId> below = new ArrayList<>();
    for (CustomerId customer : scope.customers()) {
      if (levelOf.apply(customer).map(reaches::test).orElse(false)) {
        reached++;
      } else {
        below.add(customer);
      }
    }
    int counted = Math.min(reached, target.count());
    List<GapCandidate> candidates =
        counted == target.count()
            ? List.of()
            : below.stream()
                .sorted(
                    Comparator.comparing(
                        (CustomerId c) -> levelOf.apply(c).map(Enum::ordinal).orElse(-1),
                        Comparator.reverseOrder()))
                .map(
                    c ->
                        new GapCandidate(
                            c,
                            Optional.empty(),
                            levelOf.apply(c).map(label).orElse("not assessed")))
                .toList();
    return new TargetGap(target, counted, candidates);
  }

  /** People sorted by level, highest first, not assessed last, chain order on a tie. */
  private static List<Person> byLevel(List<Person> people) {
    return people.stream()
        .sorted(
            Comparator.comparing(
                (Person p) -> p.level().map(Enum::ordinal).orElse(-1), Comparator.reverseOrder()))
        .toList();
  }

  /** {@return whether every target is reached today} */
  public boolean isClosed() {
    return gaps.stream().allMatch(TargetGap::isReached);
  }

  /** {@return the gaps of the targets not reached, in order; never null} */
  public List<TargetGap> open() {
    return gaps.stream().filter(g -> !g.isReached()).collect(ImmutableList.toImmutableList());
  }

  /** {@return the report in words, one target a line; never null} */
  public String explanation() {
    return String.join("\n", gaps.stream().map(TargetGap::explanation).toList());
  }

  private record Person(CustomerId customer, PersonId id, Optional<KeyRelationshipLevel> level) {}
}
