package org.leadtocash.metrics.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.Verdict;

/**
 * A compact, read-only snapshot of many opportunities: exactly the facts the {@link SalesWatch}
 * reads (DOMAIN D3, D12), laid out in primitive columns so that {@link SalesWatch#over(SalesBook)}
 * computes the five sales-health KPIs in one scan without touching the opportunities' object
 * graphs. A host builds it once, when it loads its book of business (one per sales unit, to roll
 * up), and keeps the opportunities themselves for everything else; new opportunities since then are
 * {@linkplain SalesWatch#add added} to the figures one by one.
 *
 * <p>What it keeps per opportunity: when it was opened, its status and outcome instant, the gates
 * it has passed, its expected signing date, its amount and weighted amount, and the award split's
 * two sums; per gate decision: its date and whether it was on time (not late, not deferred). Money
 * is kept in the currency's minor units; amounts beyond a {@code long} of minor units are refused.
 */
public final class SalesBook {

  private final int size;
  private final long[] openedSeconds;
  private final byte[] status;
  private final long[] outcomeSeconds;
  private final byte[] passedGates;
  private final long[] signingDay;
  private final byte[] amountCurrency;
  private final long[] amount;
  private final long[] weightedAmount;
  private final byte[] splitCurrency;
  private final long[] splitOurs;
  private final long[] splitTotal;
  private final long[] decidedOn;
  private final boolean[] onTime;
  private final CurrencyUnit[] currencies;

  /** Marks a missing expected signing date or award split. */
  static final long NONE = Long.MIN_VALUE;

  private SalesBook(Collection<Opportunity> opportunities) {
    size = opportunities.size();
    openedSeconds = new long[size];
    status = new byte[size];
    outcomeSeconds = new long[size];
    passedGates = new byte[size];
    signingDay = new long[size];
    amountCurrency = new byte[size];
    amount = new long[size];
    weightedAmount = new long[size];
    splitCurrency = new byte[size];
    splitOurs = new long[size];
    splitTotal = new long[size];
    List<CurrencyUnit> seen = new ArrayList<>();
    List<GateDecision> decisions = new ArrayList<>();
    int row = 0;
    for (Opportunity opportunity : opportunities) {
      Objects.requireNonNull(opportunity, "opportunity");
      openedSeconds[row] = opportunity.openedAt().getEpochSecond();
      status[row] = (byte) opportunity.status().ordinal();
      Optional<OpportunityOutcome> outcome = opportunity.outcome();
      Instant outcomeAt = outcome.map(OpportunityOutcome::at).orElse(Instant.MIN);
      outcomeSeconds[row] = outcomeAt.getEpochSecond();
      byte gates = 0;
      for (Gate gate : opportunity.passedGates()) {
        gates |= (byte) (1 << gate.ordinal());
      }
      passedGates[row] = gates;
      signingDay[row] = opportunity.expectedSigning().map(LocalDate::toEpochDay).orElse(NONE);
      amountCurrency[row] = index(seen, opportunity.amount().getCurrencyUnit());
      amount[row] = minor(opportunity.amount());
      weightedAmount[row] = minor(opportunity.weightedAmount());
      Optional<AwardSplit> split = outcome.flatMap(SalesBook::split);
      splitCurrency[row] = split.map(s -> index(seen, s.currency())).orElse((byte) 0);
      splitOurs[row] = split.map(s -> minor(s.ours())).orElse(NONE);
      splitTotal[row] = split.map(s -> minor(s.total())).orElse(NONE);
      decisions.addAll(opportunity.decisions());
      row++;
    }
    decidedOn = new long[decisions.size()];
    onTime = new boolean[decisions.size()];
    for (int i = 0; i < decisions.size(); i++) {
      GateDecision decision = decisions.get(i);
      decidedOn[i] = decision.decidedOn().toEpochDay();
      onTime[i] = !decision.isLate() && decision.verdict() != Verdict.DEFERRED;
    }
    currencies = seen.toArray(new CurrencyUnit[0]);
  }

  /**
   * Takes the snapshot of opportunities, each as it stands.
   *
   * @param opportunities the opportunities; not null, no null element
   * @return the book, never null
   * @throws IllegalArgumentException if an amount exceeds a {@code long} of minor units, or the
   *     book holds more than 127 currencies
   */
  public static SalesBook of(Collection<Opportunity> opportunities) {
    return new SalesBook(Objects.requireNonNull(opportunities, "opportunities"));
  }

  /** {@return how many opportunities it holds} */
  public int size() {
    return size;
  }

  /** {@return how many gate decisions it holds} */
  public int decisions() {
    return decidedOn.length;
  }

  private static Optional<AwardSplit> split(OpportunityOutcome outcome) {
    if (outcome instanceof OpportunityOutcome.Won won) {
      return won.split();
    }
    if (outcome instanceof OpportunityOutcome.Lost lost) {
      return lost.split();
    }
    return Optional.empty();
  }

  private static byte index(List<CurrencyUnit> seen, CurrencyUnit currency) {
    int index = seen.indexOf(currency);
    if (index < 0) {
      checkArgument(seen.size() < Byte.MAX_VALUE, "a sales book holds at most 127 currencies");
      seen.add(currency);
      index = seen.size() - 1;
    }
    return (byte) index;
  }

  private static long minor(Money money) {
    try {
      return money.getAmountMinorLong();
    } catch (ArithmeticException tooLarge) {
      throw new IllegalArgumentException(
          "a sales book keeps amounts up to a long of minor units, not " + money, tooLarge);
    }
  }

  /**
   * Scans the book once for a watch: the work of {@link SalesWatch#over(SalesBook)}.
   *
   * @param watch the watch whose periods, target and currency apply
   * @return the figures, equal to adding every opportunity to the watch's empty figures
   */
  SalesFigures scan(SalesWatch watch) {
    int currency = indexOf(watch.currency());
    long opened = 0;
    long atiPassed = 0;
    long atbPassed = 0;
    long openedAndWon = 0;
    long won = 0;
    long decided = 0;
    long pipelineCount = 0;
    long pipeline = 0;
    long weighted = 0;
    long ours = 0;
    long whole = 0;
    int ati = 1 << Gate.ATI.ordinal();
    int atb = 1 << Gate.ATB.ordinal();
    int wonStatus = OpportunityStatus.WON.ordinal();
    int lostStatus = OpportunityStatus.LOST.ordinal();
    int openStatus = OpportunityStatus.OPEN.ordinal();
    for (int row = 0; row < size; row++) {
      int state = status[row];
      if (watch.inPeriod(openedSeconds[row])) {
        opened++;
        atiPassed += (passedGates[row] & ati) != 0 ? 1 : 0;
        atbPassed += (passedGates[row] & atb) != 0 ? 1 : 0;
        openedAndWon += state == wonStatus ? 1 : 0;
      }
      if (state == openStatus) {
        long signing = signingDay[row];
        if (signing != NONE && watch.inDates(signing)) {
          if (amountCurrency[row] != currency) {
            throw refused(watch.currency(), amountCurrency[row], amount[row]);
          }
          pipelineCount++;
          pipeline = Math.addExact(pipeline, amount[row]);
          weighted = Math.addExact(weighted, weightedAmount[row]);
        }
      } else if (watch.inPeriod(outcomeSeconds[row])) {
        won += state == wonStatus ? 1 : 0;
        decided += state == wonStatus || state == lostStatus ? 1 : 0;
        if (splitOurs[row] != NONE) {
          if (splitCurrency[row] != currency) {
            throw refused(watch.currency(), splitCurrency[row], splitOurs[row]);
          }
          ours = Math.addExact(ours, splitOurs[row]);
          whole = Math.addExact(whole, splitTotal[row]);
        }
      }
    }
    long timely = 0;
    long taken = 0;
    for (int i = 0; i < decidedOn.length; i++) {
      if (watch.inDates(decidedOn[i])) {
        taken++;
        timely += onTime[i] ? 1 : 0;
      }
    }
    CurrencyUnit unit = watch.currency();
    return watch.figures(
        won,
        decided,
        new long[] {opened, atiPassed, atbPassed, openedAndWon},
        timely,
        taken,
        Money.ofMinor(unit, pipeline),
        Money.ofMinor(unit, weighted),
        pipelineCount,
        Money.ofMinor(unit, ours),
        Money.ofMinor(unit, whole));
  }

  private int indexOf(CurrencyUnit currency) {
    for (int i = 0; i < currencies.length; i++) {
      if (currencies[i].equals(currency)) {
        return i;
      }
    }
    return -1;
  }

  private IllegalArgumentException refused(CurrencyUnit expected, byte currency, long minor) {
    return new IllegalArgumentException(
        String.format(
            "a KPI in %s never adds %s silently (DESIGN §2)",
            expected, Money.ofMinor(currencies[currency], minor)));
  }
}
