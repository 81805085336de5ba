package org.leadtocash.domain.lead;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;

/**
 * The lead manager's answers to the criteria of the validation KCP (DOMAIN D2.5), as they stand:
 * possibly incomplete, which {@link LeadValidation#evaluate} reports.
 *
 * <pre>{@code
 * ValidationAnswers answers = ValidationAnswers.builder()
 *     .met(ValidationCriterion.NEED_FITS_STRATEGY, "5G core is in our strategy")
 *     .notMet(ValidationCriterion.COACH_READY, "no coach identified yet")
 *     ...
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class ValidationAnswers {

  ValidationAnswers() {}

  /** {@return the answer given to each answered criterion; never null} */
  public abstract Map<ValidationCriterion, CriterionAnswer> answers();

  /**
   * Returns the answer to one criterion.
   *
   * @param criterion the criterion; not null
   * @return its answer, or empty if it was not answered; never null
   */
  public Optional<CriterionAnswer> answer(ValidationCriterion criterion) {
    return Optional.ofNullable(answers().get(Objects.requireNonNull(criterion, "criterion")));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ValidationAnswers}; a criterion may be answered once. */
  public static final class Builder extends ImmutableValidationAnswers.Builder {

    Builder() {}

    /**
     * Records a criterion as met.
     *
     * @param criterion the criterion; not null
     * @param reason why it is met; not null, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder met(ValidationCriterion criterion, String reason) {
      Objects.requireNonNull(criterion, "criterion");
      putAnswer(criterion, CriterionAnswer.met(reason));
      return this;
    }

    /**
     * Records a criterion as not met.
     *
     * @param criterion the criterion; not null
     * @param reason why it is not met; not null, not blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder notMet(ValidationCriterion criterion, String reason) {
      Objects.requireNonNull(criterion, "criterion");
      putAnswer(criterion, CriterionAnswer.notMet(reason));
      return this;
    }
  }
}
