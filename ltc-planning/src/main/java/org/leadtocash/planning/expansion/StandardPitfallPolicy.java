package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;

/** The standard rules of detection, documented on {@link PitfallPolicy#withThresholds}. */
final class StandardPitfallPolicy implements PitfallPolicy {

  static final StandardPitfallPolicy STANDARD =
      new StandardPitfallPolicy(InfluenceStrength.MEDIUM, KeyRelationshipLevel.SUPPORTIVE, 2);

  private final InfluenceStrength hiddenInfluence;
  private final KeyRelationshipLevel deepLevel;
  private final int minimumTargets;

  StandardPitfallPolicy(
      InfluenceStrength hiddenInfluence, KeyRelationshipLevel deepLevel, int minimumTargets) {
    this.hiddenInfluence = Objects.requireNonNull(hiddenInfluence, "hiddenInfluence");
    this.deepLevel = Objects.requireNonNull(deepLevel, "deepLevel");
    checkArgument(
        minimumTargets >= 1,
        "a plan targets at least one person (DOMAIN D10.2): minimum %s",
        minimumTargets);
    this.minimumTargets = minimumTargets;
  }

  @Override
  public PitfallFinding check(Pitfall pitfall, KeyRelationshipPlan plan) {
    Objects.requireNonNull(pitfall, "pitfall");
    Objects.requireNonNull(plan, "plan");
    return switch (pitfall) {
      case HIDDEN_CHAIN_IGNORED -> hiddenChain(plan);
      case COMPETITOR_IGNORED -> competitor(plan);
      case CAREER_NEEDS_IGNORED -> careerNeeds(plan);
      case TOO_SHALLOW -> shallow(plan);
      case STARS_NOT_DEVELOPED -> stars(plan);
      case RULES_NOT_FOLLOWED -> rules(plan);
    };
  }

  private PitfallFinding hiddenChain(KeyRelationshipPlan plan) {
    DecisionChain chain = plan.chain();
    List<String> found = new ArrayList<>();
    for (DecisionRole role : chain.unmappedRoles()) {
      found.add("no one is mapped as the " + role.label() + " (" + role.chineseTerm() + ")");
    }
    List<String> influential = new ArrayList<>();
    for (KeyPerson person : chain.people()) {
      Map<PersonId, InfluenceStrength> swayed = new LinkedHashMap<>();
      chain
          .influencedBy(person.id())
          .forEach(
              (p, strength) -> {
                if (strength.compareTo(hiddenInfluence) >= 0) {
                  swayed.put(p, strength);
                }
              });
      if (swayed.isEmpty()) {
        continue;
      }
      String whom =
          swayed.entrySet().stream()
              .map(e -> e.getKey() + " (" + e.getValue().label() + ")")
              .collect(Collectors.joining(", "));
      if (plan.isTargeted(person.id())) {
        influential.add(who(person) + " influences " + whom + " and is targeted");
      } else {
        found.add(who(person) + " influences " + whom + " and is not targeted");
      }
    }
    if (!found.isEmpty()) {
      return PitfallFinding.found(Pitfall.HIDDEN_CHAIN_IGNORED, found);
    }
    List<String> cleared = new ArrayList<>();
    cleared.add("every decision role is mapped");
    if (influential.isEmpty()) {
      cleared.add("no one influences others with " + hiddenInfluence.label() + " strength or more");
    } else {
      cleared.addAll(influential);
    }
    return PitfallFinding.cleared(Pitfall.HIDDEN_CHAIN_IGNORED, cleared);
  }

  private static PitfallFinding competitor(KeyRelationshipPlan plan) {
    List<String> found = new ArrayList<>();
    if (plan.competitor().isEmpty()) {
      found.add("no main competitor is named");
    }
    List<String> assessed = new ArrayList<>();
    for (KeyPersonTarget target : plan.targets()) {
      PersonId person = target.person();
      if (plan.standing(person).flatMap(Standing::competitor).isEmpty()) {
        found.add(person + ": the competitor's relationship is not assessed");
      } else {
        assessed.add(plan.standing(person).orElseThrow().toString());
      }
    }
    if (!found.isEmpty()) {
      return PitfallFinding.found(Pitfall.COMPETITOR_IGNORED, found);
    }
    List<String> cleared = new ArrayList<>();
    cleared.add(
        "main competitor "
            + plan.competitor().orElseThrow()
            + (assessed.isEmpty()
                ? " named; no one is targeted yet"
                : " assessed for every targeted person"));
    cleared.addAll(assessed);
    cleared.add("our strongholds: " + list(plan.strongholds()));
    cleared.add("the competitor's strongholds: " + list(plan.competitorStrongholds()));
    return PitfallFinding.cleared(Pitfall.COMPETITOR_IGNORED, cleared);
  }

  private static PitfallFinding careerNeeds(KeyRelationshipPlan plan) {
    List<PersonId> without = new ArrayList<>();
    List<PersonId> with = new ArrayList<>();
    for (KeyPersonTarget target : plan.targets()) {
      (target.need().isPresent() ? with : without).add(target.person());
    }
    if (!without.isEmpty()) {
      return PitfallFinding.found(
          Pitfall.CAREER_NEEDS_IGNORED,
          without.stream().map(p -> p + ": no career need recorded").toList());
    }
    return PitfallFinding.cleared(
        Pitfall.CAREER_NEEDS_IGNORED,
        List.of(
            with.isEmpty()
                ? "no one is targeted yet"
                : "a career need is recorded for every targeted person: " + list(with)));
  }

  private PitfallFinding shallow(KeyRelationshipPlan plan) {
    DecisionChain chain = plan.chain();
    List<String> found = new ArrayList<>();
    List<String> deep = new ArrayList<>();
    int targeted = plan.targets().size();
    if (targeted < minimumTargets) {
      found.add(
          targeted
              + (targeted == 1 ? " person is" : " people are")
              + " targeted, fewer than "
              + minimumTargets
              + ": the account hangs on too few relationships");
    }
    boolean deciderTargeted = false;
    boolean deciderMapped = false;
    for (KeyPerson person : chain.people()) {
      if (!person.holds(DecisionRole.DECIDER) && !person.holds(DecisionRole.APPROVER)) {
        continue;
      }
      deciderMapped = true;
      Optional<KeyPersonTarget> target = plan.target(person.id());
      if (target.isEmpty()) {
        continue;
      }
      deciderTargeted = true;
      KeyRelationshipLevel level = target.orElseThrow().level();
      String line = who(person) + " (" + decisionRoles(person) + ") aimed at " + level.label();
      if (level.isAtLeast(deepLevel)) {
        deep.add(line);
      } else {
        found.add(line + ", below " + deepLevel.label());
      }
    }
    if (deciderMapped && !deciderTargeted) {
      found.add("no decider or approver of the chain is targeted");
    }
    if (!found.isEmpty()) {
      return PitfallFinding.found(Pitfall.TOO_SHALLOW, found);
    }
    List<String> cleared = new ArrayList<>();
    cleared.add(targeted + " people targeted, at least " + minimumTargets);
    if (deep.isEmpty()) {
      cleared.add("no decider or approver is mapped in the chain");
    } else {
      cleared.addAll(deep);
    }
    return PitfallFinding.cleared(Pitfall.TOO_SHALLOW, cleared);
  }

  private static PitfallFinding stars(KeyRelationshipPlan plan) {
    if (plan.stars().isEmpty()) {
      return PitfallFinding.found(
          Pitfall.STARS_NOT_DEVELOPED, List.of("no one is named as one of tomorrow's stars"));
    }
    List<String> found = new ArrayList<>();
    List<PersonId> developed = new ArrayList<>();
    for (PersonId star : plan.stars()) {
      if (plan.isTargeted(star)) {
        developed.add(star);
      } else {
        found.add(star + " is one of tomorrow's stars and is not targeted");
      }
    }
    return found.isEmpty()
        ? PitfallFinding.cleared(
            Pitfall.STARS_NOT_DEVELOPED, List.of("tomorrow's stars targeted: " + list(developed)))
        : PitfallFinding.found(Pitfall.STARS_NOT_DEVELOPED, found);
  }

  private static PitfallFinding rules(KeyRelationshipPlan plan) {
    List<String> found = new ArrayList<>();
    if (plan.resources().isEmpty()) {
      found.add("the resources are not weighed: no cycle, nothing available");
    }
    for (KeyPersonTarget target : plan.targets()) {
      if (plan.actions().stream().noneMatch(a -> a.person().equals(target.person()))) {
        found.add(target.person() + " is targeted without an action");
      }
    }
    for (PlannedAction action : plan.actions()) {
      if (action.owner().isEmpty()) {
        found.add("'" + action.action() + "' towards " + action.person() + " has no owner");
      }
      if (action.reviewOn().isEmpty()) {
        found.add("'" + action.action() + "' towards " + action.person() + " has no review date");
      }
    }
    if (!found.isEmpty()) {
      return PitfallFinding.found(Pitfall.RULES_NOT_FOLLOWED, found);
    }
    return PitfallFinding.cleared(
        Pitfall.RULES_NOT_FOLLOWED,
        List.of(
            "resources weighed over " + plan.resources().orElseThrow().cycle(),
            plan.actions().size()
                + " actions, each with an owner and a review date; every targeted person has"
                + " one"));
  }

  private static String who(KeyPerson person) {
    return person.id() + " (" + person.title() + ")";
  }

  private static String decisionRoles(KeyPerson person) {
    return person.roles().stream()
        .filter(r -> r == DecisionRole.DECIDER || r == DecisionRole.APPROVER)
        .map(DecisionRole::label)
        .collect(Collectors.joining(", "));
  }

  private static String list(List<PersonId> people) {
    return people.isEmpty()
        ? "none"
        : people.stream().map(PersonId::toString).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "PitfallPolicy.withThresholds("
        + hiddenInfluence
        + ", "
        + deepLevel
        + ", "
        + minimumTargets
        + ")";
  }
}
