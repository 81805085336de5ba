package org.leadtocash.domain.activity;

/**
 * The four forms of the "+1" contact activity, {@link
 * ActivityType#TECHNICAL_EXCHANGE_AND_JOINT_INNOVATION} (DOMAIN D7.9).
 */
public enum CooperationForm {
  /** Technical exchange (技术交流). */
  TECHNICAL_EXCHANGE,
  /** Joint innovation (联合创新). */
  JOINT_INNOVATION,
  /** Joint brand (联合品牌). */
  JOINT_BRAND,
  /** Business and technical consulting (商业与技术咨询). */
  BUSINESS_AND_TECHNICAL_CONSULTING
}
