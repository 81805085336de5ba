package org.leadtocash.domain.voice;

/** How a satisfaction survey is carried out (客户满意度调查的实施方式, DOMAIN D8.3). */
public enum SurveyKind {
  /** A survey of one project's customer, at the end of (or during) its delivery (基于项目). */
  PROJECT_BASED,
  /** A survey by an independent third party (第三方). */
  THIRD_PARTY
}
