package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.CustomerId;

/**
 * The 30-second test of knowing a customer (DOMAIN D6.1), taken on its {@link CustomerProfile}:
 * each of the five questions answered or missing. A question's answer: a missing answer is
 * reported, never thrown.
 *
 * @param customer the customer; not null
 * @param answers one per question, in the order of {@link ThirtySecondQuestion}; not null
 */
public record ThirtySecondTest(CustomerId customer, List<ThirtySecondAnswer> answers) {

  /**
   * Checks and copies the answers.
   *
   * @param customer the customer; not null
   * @param answers one per question, in the order of {@link ThirtySecondQuestion}; not null
   * @throws IllegalArgumentException if a question is missing, repeated or out of order
   */
  public ThirtySecondTest {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(customer, "customer");
    answers = ImmutableList.copyOf(answers);
    ThirtySecondQuestion[] questions = ThirtySecondQuestion.values();
    checkArgument(
        answers.size() == questions.length,
        "the 30-second test has %s questions, not %s (DOMAIN D6.1)",
        questions.length,
        answers.size());
    for (int i = 0; i < questions.length; i++) {
      checkArgument(
          answers.get(i).question() == questions[i],
          "the 30-second test lists its questions in order; expected %s at %s",
          questions[i],
          i);
    }
  }

  /** {@return whether the profile answers all five questions} */
  public boolean passed() {
    return answers.stream().allMatch(ThirtySecondAnswer::answered);
  }

  /** {@return the questions the profile answers, in order; never null} */
  public List<ThirtySecondQuestion> answered() {
    return answers.stream()
        .filter(ThirtySecondAnswer::answered)
        .map(ThirtySecondAnswer::question)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the questions the profile does not answer, in order; never null} */
  public List<ThirtySecondQuestion> missing() {
    return answers.stream()
        .filter(a -> !a.answered())
        .map(ThirtySecondAnswer::question)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the customer, the score and every answer on its own line} */
  @Override
  public String toString() {
    return "30-second test of "
        + customer
        + ": "
        + answered().size()
        + " of "
        + answers.size()
        + " answered\n"
        + answers.stream().map(a -> "  " + a).collect(Collectors.joining("\n"));
  }
}
