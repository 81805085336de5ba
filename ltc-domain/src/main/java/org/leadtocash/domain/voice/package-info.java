/**
 * Voice of the customer — expectations and satisfaction (客户期望与满意度, DOMAIN D8).
 *
 * <p>{@link org.leadtocash.domain.voice.Feedback} records what customers tell us — needs,
 * expectations, opinions, complaints, evaluations, feedback — with its {@link
 * org.leadtocash.domain.voice.FeedbackSource source}, passive or active (D8.1). A non-technical
 * {@link org.leadtocash.domain.voice.CustomerIssue} is accepted, handled, escalated up our
 * organisation when needed, closed and evaluated by the customer, and major complaints are flagged;
 * {@link org.leadtocash.domain.voice.IssueReview} gives the representative office's weekly list and
 * the monthly quality review of region and headquarters (D8.2). A {@link
 * org.leadtocash.domain.voice.SatisfactionSurvey}, project-based or third-party, scores every
 * {@link org.leadtocash.domain.voice.SatisfactionDimension dimension} of product, service and brand
 * and names the improvement areas that feed next year's relationship plan (D8.3). A {@link
 * org.leadtocash.domain.voice.CustomerRequest} is classified in-contract or out-of-contract against
 * a {@link org.leadtocash.domain.voice.ContractScope}, with the handling it calls for (D8.4, D5.4).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.voice;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
