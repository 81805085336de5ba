package org.leadtocash.planning.relationship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;

/**
 * The standard relationship-target policy, documented on {@link
 * RelationshipTargetPolicy#standard()}.
 */
final class StandardRelationshipTargetPolicy implements RelationshipTargetPolicy {

  static final StandardRelationshipTargetPolicy INSTANCE = new StandardRelationshipTargetPolicy();

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal PARTNER_FROM = new BigDecimal("0.30");
  private static final BigDecimal EXCELLENT_FROM = new BigDecimal("0.50");

  private StandardRelationshipTargetPolicy() {}

  @Override
  public List<RelationshipTarget> derive(PlanScope scope, MarketTargets targets) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(targets, "targets");
    int c = scope.customers().size();
    BigDecimal s = targets.largestShare().orElse(BigDecimal.ZERO);
    BigDecimal p =
        targets.competition().map(CompetitionTarget::ourPartOfTheTwo).orElse(BigDecimal.ZERO);
    BigDecimal backed = s.max(p);
    String why =
        p.compareTo(s) > 0
            ? "the suppression ratio asks for "
                + Figures.percent(p)
                + " of the two shares, more than the largest share target "
                + Figures.percent(s)
            : "the largest share target is " + Figures.percent(s);
    int b = Math.min(10, Math.max(1, ceil(backed.multiply(TEN))));
    int exclusive = (b + 1) / 2;
    int h = targets.hilltops().size();
    boolean block = targets.competition().map(CompetitionTarget::blockIfWeCannotWin).orElse(false);
    long n = (long) c * exclusive + h + (block ? 1 : 0);
    long m = (long) c * (b - exclusive);
    List<RelationshipTarget> derived = new ArrayList<>();
    String backing =
        why
            + ", so "
            + b
            + " of a decision chain of 10 back us with each of "
            + c
            + (c == 1 ? " customer" : " customers");
    derived.add(
        RelationshipTarget.keyPersons(
            KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE,
            cap(n),
            backing
                + ": "
                + exclusive
                + " of them exclusively per customer, "
                + h
                + " for the hilltop "
                + (h == 1 ? "project" : "projects")
                + (block ? " and 1 to keep the competitor from winning where we cannot" : "")));
    if (m > 0) {
      derived.add(
          RelationshipTarget.keyPersons(
              KeyRelationshipLevel.SUPPORTIVE,
              cap(m),
              backing
                  + ": "
                  + (b - exclusive)
                  + " of them supportive, not exclusive, per customer"));
    }
    long hilltopCustomers =
        targets.hilltops().stream().map(HilltopTarget::customer).distinct().count();
    long k =
        Math.min(
            c,
            Math.max(1, Math.max(ceil(backed.multiply(BigDecimal.valueOf(c))), hilltopCustomers)));
    boolean partner = backed.compareTo(PARTNER_FROM) >= 0;
    derived.add(
        RelationshipTarget.customers(
            partner
                ? OrganisationalRelationshipLevel.PARTNER
                : OrganisationalRelationshipLevel.KEY_SUPPLIER,
            cap(k),
            "a share to back of "
                + Figures.percent(backed)
                + (partner ? " (30 % or more)" : " (under 30 %)")
                + " of "
                + c
                + (c == 1 ? " customer" : " customers")
                + ", and every customer of a hilltop project"));
    boolean excellent = backed.compareTo(EXCELLENT_FROM) >= 0;
    derived.add(
        RelationshipTarget.general(
            excellent ? GeneralRelationshipGrade.EXCELLENT : GeneralRelationshipGrade.GOOD,
            cap(c),
            "every customer of the scope, at a share to back of "
                + Figures.percent(backed)
                + (excellent ? " (50 % or more)" : " (under 50 %)")));
    return List.copyOf(derived);
  }

  private static int ceil(BigDecimal value) {
    return value.setScale(0, RoundingMode.CEILING).intValueExact();
  }

  private static int cap(long count) {
    return (int) Math.min(RelationshipTarget.MAX_COUNT, count);
  }

  @Override
  public String toString() {
    return "RelationshipTargetPolicy.standard()";
  }
}
