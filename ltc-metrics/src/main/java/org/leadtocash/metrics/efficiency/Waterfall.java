package org.leadtocash.metrics.efficiency;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Rate;

/**
 * The sales-loss waterfall (DOMAIN D11.5): the market total (100%) split into the potential of
 * customers not contacted, contacted but not seriously pursued, seriously pursued but not won, and
 * actual sales. Not contacting is an {@link LossKind#EFFICIENCY efficiency} loss (coverage); the
 * other two losses are {@link LossKind#EFFECTIVENESS effectiveness} losses (skills). The source's
 * example: 25% / 30% / 10% / 35%.
 *
 * <p>Both the result and the accumulator of {@link SalesLossWaterfall}: an immutable value, {@link
 * #plus} is associative and {@link #zero} its identity. It renders itself as Mermaid charts, as
 * text, for a host's report or dashboard.
 *
 * @param currency the currency of every part; not null
 * @param parts the amount of each part; not null, every {@link Reach}, not negative, in {@code
 *     currency}; kept in the order of {@link Reach}
 */
public record Waterfall(CurrencyUnit currency, Map<Reach, Money> parts) {

  /**
   * Checks the parts and copies them in order.
   *
   * @param currency the currency of every part; not null
   * @param parts the amount of each part; not null, every {@link Reach}, not negative, in {@code
   *     currency}; kept in the order of {@link Reach}
   * @throws IllegalArgumentException if a part is missing, negative or in another currency
   */
  public Waterfall {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(parts, "parts");
    ImmutableMap.Builder<Reach, Money> ordered = ImmutableMap.builder();
    for (Reach reach : Reach.values()) {
      Money part = parts.get(reach);
      checkArgument(part != null, "a waterfall has every part; %s is missing", reach);
      checkArgument(
          part.getCurrencyUnit().equals(currency),
          "part %s is in %s, not the waterfall's %s (DESIGN §2)",
          reach,
          part.getCurrencyUnit(),
          currency);
      checkArgument(!part.isNegative(), "part %s is not negative: %s", reach, part);
      ordered.put(reach, part);
    }
    parts = ordered.buildOrThrow();
  }

  /**
   * Returns the waterfall of an empty market.
   *
   * @param currency the currency; not null
   * @return every part zero, never null
   */
  public static Waterfall zero(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    ImmutableMap.Builder<Reach, Money> zeros = ImmutableMap.builder();
    for (Reach reach : Reach.values()) {
      zeros.put(reach, Money.zero(currency));
    }
    return new Waterfall(currency, zeros.buildOrThrow());
  }

  /**
   * Returns the waterfall of one account: its potential in its reach's part; for a won account, the
   * value won in actual sales and the rest in {@link Reach#PURSUED_NOT_WON}.
   *
   * @param account the account; not null
   * @return its waterfall, never null
   */
  public static Waterfall of(TargetAccount account) {
    Objects.requireNonNull(account, "account");
    Map<Reach, Money> parts = new EnumMap<>(Reach.class);
    for (Reach reach : Reach.values()) {
      parts.put(reach, Money.zero(account.currency()));
    }
    if (account.reach() == Reach.WON) {
      parts.put(Reach.WON, account.won());
      parts.put(Reach.PURSUED_NOT_WON, account.potential().minus(account.won()));
    } else {
      parts.put(account.reach(), account.potential());
    }
    return new Waterfall(account.currency(), parts);
  }

  /**
   * Returns the amount of a part.
   *
   * @param reach the part; not null
   * @return its amount, never null
   */
  public Money part(Reach reach) {
    Objects.requireNonNull(reach, "reach");
    return Objects.requireNonNull(parts.get(reach));
  }

  /** {@return the market total, the sum of the four parts (100%); never null} */
  public Money total() {
    return parts.values().stream().reduce(Money.zero(currency), Money::plus);
  }

  /**
   * Returns a part's share of the market total; the four shares have one denominator, the total,
   * and their numerators add up to it, so they sum to exactly 100%.
   *
   * @param reach the part; not null
   * @return the share, "no data" for an empty market; never null
   */
  public Rate share(Reach reach) {
    Objects.requireNonNull(reach, "reach");
    Money total = total();
    return total.isZero() ? Rate.NO_DATA : Rate.of(part(reach).getAmount(), total.getAmount());
  }

  /** {@return the actual sales; never null} */
  public Money sales() {
    return part(Reach.WON);
  }

  /** {@return the efficiency loss: the potential of the customers not contacted; never null} */
  public Money efficiencyLoss() {
    return loss(LossKind.EFFICIENCY);
  }

  /** {@return the effectiveness losses: contacted but not pursued, and pursued but not won} */
  public Money effectivenessLoss() {
    return loss(LossKind.EFFECTIVENESS);
  }

  private Money loss(LossKind kind) {
    return parts.entrySet().stream()
        .filter(e -> e.getKey().loss().filter(kind::equals).isPresent())
        .map(Map.Entry::getValue)
        .reduce(Money.zero(currency), Money::plus);
  }

  /**
   * Adds another waterfall, part by part.
   *
   * @param other the other waterfall; not null, in this one's currency
   * @return the sum, never null
   * @throws IllegalArgumentException if the currency differs
   */
  public Waterfall plus(Waterfall other) {
    Objects.requireNonNull(other, "other");
    checkArgument(
        other.currency.equals(currency),
        "a waterfall in %s never adds %s silently (DESIGN §2)",
        currency,
        other.currency);
    Map<Reach, Money> sums = new EnumMap<>(Reach.class);
    for (Reach reach : Reach.values()) {
      sums.put(reach, part(reach).plus(other.part(reach)));
    }
    return new Waterfall(currency, sums);
  }

  // ---------------------------------------------------------------- Mermaid

  /**
   * Returns the waterfall as a Mermaid {@code xychart-beta} bar chart: the market total, then each
   * part with its share, in the order of D11.5. Amounts are in major units of the currency.
   *
   * @return the Mermaid source, never null
   */
  public String toMermaid() {
    List<String> labels =
        List.of(
            "market total",
            labelled(Reach.NOT_CONTACTED),
            labelled(Reach.CONTACTED_NOT_PURSUED),
            labelled(Reach.PURSUED_NOT_WON),
            labelled(Reach.WON));
    List<Money> values =
        List.of(
            total(),
            part(Reach.NOT_CONTACTED),
            part(Reach.CONTACTED_NOT_PURSUED),
            part(Reach.PURSUED_NOT_WON),
            part(Reach.WON));
    return bars("Sales-loss waterfall (DOMAIN D11.5)", labels, values);
  }

  /**
   * Returns the four parts as a Mermaid {@code pie} chart, each slice named with its kind of loss.
   * Mermaid draws only positive slices, so an empty part is left out; an empty market has no slice.
   *
   * @return the Mermaid source, never null
   */
  public String toMermaidPie() {
    StringBuilder pie =
        new StringBuilder("pie showData\n    title Sales-loss waterfall, ")
            .append(currency.getCode())
            .append(" (DOMAIN D11.5)\n");
    for (Reach reach : Reach.values()) {
      if (part(reach).isPositive()) {
        String kind = reach.loss().map(l -> " (" + l.label() + ")").orElse("");
        pie.append("    \"")
            .append(reach.label())
            .append(kind)
            .append("\" : ")
            .append(amount(part(reach)))
            .append('\n');
      }
    }
    return pie.toString();
  }

  /**
   * Returns the funnel of the same market as a Mermaid {@code xychart-beta} bar chart: the market
   * total, the potential contacted, the potential seriously pursued, and actual sales.
   *
   * @return the Mermaid source, never null
   */
  public String toMermaidFunnel() {
    Money contacted = total().minus(part(Reach.NOT_CONTACTED));
    Money pursued = part(Reach.PURSUED_NOT_WON).plus(part(Reach.WON));
    return bars(
        "Sales funnel (DOMAIN D11.5)",
        List.of("market total", "contacted", "seriously pursued", "won"),
        List.of(total(), contacted, pursued, part(Reach.WON)));
  }

  private String labelled(Reach reach) {
    return share(reach)
        .value()
        .map(v -> reach.label() + " " + Figures.percent(v))
        .orElse(reach.label());
  }

  private String bars(String title, List<String> labels, List<Money> values) {
    return "xychart-beta\n"
        + "    title \""
        + title
        + "\"\n"
        + "    x-axis ["
        + labels.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", "))
        + "]\n"
        + "    y-axis \""
        + currency.getCode()
        + "\"\n"
        + "    bar ["
        + values.stream().map(Waterfall::amount).collect(Collectors.joining(", "))
        + "]\n";
  }

  private static String amount(Money money) {
    return money.getAmount().stripTrailingZeros().toPlainString();
  }
}
