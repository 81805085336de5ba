package org.leadtocash.domain.voice;

/** What a customer's voice says (DOMAIN D8.1: 需求, 期望, 意见, 抱怨, 评价, 反馈). */
public enum FeedbackKind {
  /** A need (需求): what the customer wants to buy or solve. */
  NEED,
  /** An expectation (期望): what the customer expects of us. */
  EXPECTATION,
  /** An opinion (意见). */
  OPINION,
  /** A complaint (抱怨); a complaint that needs handling becomes a {@link CustomerIssue}. */
  COMPLAINT,
  /** An evaluation (评价) of our products, services or people. */
  EVALUATION,
  /** Other feedback (反馈). */
  FEEDBACK
}
