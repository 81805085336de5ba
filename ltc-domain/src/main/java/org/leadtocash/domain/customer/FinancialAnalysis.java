package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * Section 4 of a customer profile, financial analysis (DOMAIN D6.8): the customer's financial
 * performance and its spending, with the figures known, how it makes money and its weakest product
 * (two questions of the 30-second test, D6.1), and the section's summary.
 *
 * <p>True of every analysis: the texts are not blank, and the figures are in one currency.
 */
@Value.Immutable
@DomainStyle
public abstract class FinancialAnalysis {

  FinancialAnalysis() {}

  /** {@return §4.1, the customer's financial performance; never null} */
  public abstract String performance();

  /** {@return the customer's yearly revenue, if known; never null} */
  public abstract Optional<Money> revenue();

  /** {@return the customer's yearly net profit, if known; never null} */
  public abstract Optional<Money> profit();

  /** {@return §4.2, the analysis of the customer's spending; never null} */
  public abstract String spending();

  /** {@return the customer's yearly capital spending, if known; never null} */
  public abstract Optional<Money> capitalSpending();

  /** {@return how the customer makes money, its profit model, if known (D6.1); never null} */
  public abstract Optional<String> profitModel();

  /** {@return the customer's weakest product and how ours raises its revenue, if known (D6.1)} */
  public abstract Optional<WeakestProduct> weakestProduct();

  /** {@return §4.3, the section's summary; never null} */
  public abstract String summary();

  /** {@return a new builder; performance, spending and summary are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FinancialAnalysis}. */
  public static final class Builder extends ImmutableFinancialAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(performance(), "performance");
    FreeText.note(spending(), "spending");
    profitModel().ifPresent(t -> FreeText.note(t, "profitModel"));
    FreeText.note(summary(), "summary");
    Texts.notBlank(performance(), "the financial performance");
    Texts.notBlank(spending(), "the spending analysis");
    profitModel().ifPresent(t -> Texts.notBlank(t, "the profit model"));
    Texts.notBlank(summary(), "the financial section's summary");
    List<Money> figures =
        Stream.of(revenue(), profit(), capitalSpending()).flatMap(Optional::stream).toList();
    if (!figures.isEmpty()) {
      CurrencyUnit currency = figures.get(0).getCurrencyUnit();
      checkArgument(
          figures.stream().allMatch(m -> m.getCurrencyUnit().equals(currency)),
          "the figures of a financial analysis are in one currency: %s (DOMAIN D6.8)",
          figures);
    }
  }
}
