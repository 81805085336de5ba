/**
 * Contract execution to cash — Manage Contract Execution (MCE, 管理合同执行, DOMAIN D5).
 *
 * <p>A {@link org.leadtocash.domain.contract.Contract} is drafted from a won opportunity with its
 * value, its {@link org.leadtocash.domain.contract.Clause clauses} and its {@link
 * org.leadtocash.domain.contract.PaymentMilestone payment milestones}; it is signed only with the
 * {@link org.leadtocash.domain.opportunity.GatePassage passage of ATC} the same opportunity issued,
 * never with a decision built by hand, and only once every "buried mine" that the {@link
 * org.leadtocash.domain.contract.ContractRiskPolicy risk policy} flags has been accepted (D5.4); it
 * is then registered, handed over to delivery with its {@link
 * org.leadtocash.domain.contract.FulfilmentPlan fulfilment plan}, executed, accepted by the
 * customer (验收) and closed (D5.1). Changes of scope, amount, dates or payment terms are approved
 * and recorded with their reason (D5.2). Invoices are issued and confirmed against the milestones,
 * payments are received against confirmed invoices, partial payments allowed, and the contract
 * answers what is invoiced, collected and outstanding, the {@link
 * org.leadtocash.domain.contract.ReceivablesReport receivables with their ageing} at a date and the
 * {@link org.leadtocash.domain.contract.CollectionPlan collection plan}; collected never exceeds
 * invoiced, and invoiced never exceeds the contract value (D5.3).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.contract;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
