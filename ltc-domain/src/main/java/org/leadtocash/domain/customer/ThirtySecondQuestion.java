package org.leadtocash.domain.customer;

/**
 * The five questions of the 30-second test of knowing a customer (DOMAIN D6.1), and where a {@link
 * CustomerProfile} answers each.
 */
public enum ThirtySecondQuestion {
  /** What is its strategy? */
  STRATEGY("what is its strategy?", "strategy and pain points: business strategy"),
  /** Who are its customers? */
  ITS_CUSTOMERS(
      "who are its customers?", "industry environment and competition: the customer's customers"),
  /** How does it make money? */
  HOW_IT_MAKES_MONEY("how does it make money?", "financial analysis: profit model"),
  /** Which of its products is weakest, and how would ours raise its revenue? */
  WEAKEST_PRODUCT(
      "which of its products is weakest, and how would ours raise its revenue?",
      "financial analysis: weakest product"),
  /** Who decides? */
  WHO_DECIDES("who decides?", "organisation: procurement decision, key roles");

  private final String question;
  private final String answeredIn;

  ThirtySecondQuestion(String question, String answeredIn) {
    this.question = question;
    this.answeredIn = answeredIn;
  }

  /** {@return the question, in words; never null} */
  public String question() {
    return question;
  }

  /** {@return the part of the profile that answers it; never null} */
  public String answeredIn() {
    return answeredIn;
  }
}
