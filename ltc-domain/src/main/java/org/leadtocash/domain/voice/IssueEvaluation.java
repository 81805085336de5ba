package org.leadtocash.domain.voice;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * The customer's evaluation of how an issue was handled, after it was closed (DOMAIN D8.2: "close
 * and evaluate").
 *
 * @param satisfaction how satisfied the customer is; not null
 * @param comment what the customer said, possibly empty; not null
 */
public record IssueEvaluation(IssueSatisfaction satisfaction, String comment) {

  /**
   * Checks that no part is null.
   *
   * @param satisfaction how satisfied the customer is; not null
   * @param comment what the customer said, possibly empty; not null
   */
  public IssueEvaluation {
    FreeText.note(comment, "comment");
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(comment, "comment");
  }

  /**
   * Returns an evaluation.
   *
   * @param satisfaction how satisfied the customer is; not null
   * @param comment what the customer said; not null
   * @return the evaluation, never null
   */
  public static IssueEvaluation of(IssueSatisfaction satisfaction, String comment) {
    return new IssueEvaluation(satisfaction, comment);
  }
}
