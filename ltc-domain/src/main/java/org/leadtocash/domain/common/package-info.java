/**
 * The few value types shared by every concept of the domain: typed identifiers, the {@link
 * org.leadtocash.domain.common.Transition} every command returns, the {@link
 * org.leadtocash.domain.common.DomainException} family every broken rule throws, {@link
 * org.leadtocash.domain.common.Rate} and {@link org.leadtocash.domain.common.Probability}, the
 * three-level {@link org.leadtocash.domain.common.SalesOrganisation} that targets and KPIs roll up
 * along (D9.5), and the project-wide Immutables style {@link
 * org.leadtocash.domain.common.DomainStyle}.
 *
 * <p>Money is Joda-Money's {@link org.joda.money.Money}: exact, currency-aware, and never added
 * across currencies (Joda-Money throws {@link org.joda.money.CurrencyMismatchException}).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.common;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
