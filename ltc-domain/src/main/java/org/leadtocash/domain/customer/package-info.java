/**
 * Customers (DOMAIN D6): insight, selection, grading and value.
 *
 * <ul>
 *   <li>{@link org.leadtocash.domain.customer.Customer}, the aggregate: registered with its {@link
 *       org.leadtocash.domain.customer.Segment segment} (D6.7), graded {@code S/A/B/C} into a
 *       {@link org.leadtocash.domain.customer.CustomerCategory category} with a {@link
 *       org.leadtocash.domain.customer.GradePolicy policy} through the five {@link
 *       org.leadtocash.domain.customer.GradingStep grading steps} (D6.2, D6.3), and reviewed every
 *       year ({@link org.leadtocash.domain.customer.GradeReviewReport} lists who is overdue);
 *       only the graded customer issues the evidence of its grade, a {@link
 *       org.leadtocash.domain.customer.GradeAttestation}, which another aggregate weighing the
 *       grade needs (an opportunity's gate authority, D3.2; a relationship plan's staffing, D10.1);
 *   <li>the customer value pyramid ({@link org.leadtocash.domain.customer.ValuePyramid}, D6.4), the
 *       customer total value ({@link org.leadtocash.domain.customer.CustomerTotalValue}, D6.5) and
 *       the value-return curve ({@link org.leadtocash.domain.customer.ValueReturnCurve}, D6.6);
 *   <li>customer insight ({@link org.leadtocash.domain.customer.CustomerInsight}, D6.1), the
 *       enterprise profile with the 30-second test ({@link
 *       org.leadtocash.domain.customer.CustomerProfile}, D6.8) and competitor profiles.
 * </ul>
 *
 * <p>Having no business with a customer is not the same as the customer having no value (D6.2):
 * nothing here reads zero revenue as zero value. Money is never added or compared across
 * currencies. Executives' personal profiles and a household customer's name are personal data
 * (D7.8) and never appear in {@code toString()}.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.customer;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
