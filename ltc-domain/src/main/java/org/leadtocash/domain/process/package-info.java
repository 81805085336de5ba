/**
 * Process architecture (流程架构, DOMAIN D1): the levels, cards, control points and adaptation rights
 * of a business process, the Lead-to-Cash catalogue, and the LTC operating rhythm.
 *
 * <p>A business process is decomposed in six {@link org.leadtocash.domain.process.ProcessLevel
 * levels}, L1 process category to L6 task; L1–L3 say <em>what</em> to do and are globally uniform,
 * L4–L6 say <em>how</em> (D1.1). Each process has a {@link
 * org.leadtocash.domain.process.ProcessCard card} — short and clear at L1–L3 — naming its owner
 * role, parent and child processes, inputs, outputs, metrics (as {@link
 * org.leadtocash.domain.common.KpiId KPI ids}) and {@link
 * org.leadtocash.domain.process.ControlPoint control points}: KCPs, pass/fail business checks, and
 * KDPs, decisions by an authority, in LTC the gates ATI, ATB and ATC (D1.3, D1.4). A {@link
 * org.leadtocash.domain.process.ProcessCatalogue catalogue} is a valid tree of cards; a {@link
 * org.leadtocash.domain.process.ProcessArchitecture process architecture} is the aggregate that
 * records every {@link org.leadtocash.domain.process.Adaptation adaptation} of it and enforces who
 * may adapt what ({@link org.leadtocash.domain.process.AdaptationRights}, D1.2). {@link
 * org.leadtocash.domain.process.LtcCatalogue} ships the LTC catalogue and {@link
 * org.leadtocash.domain.process.HuaweiProcess} Huawei's fifteen L1 processes (D1.5); {@link
 * org.leadtocash.domain.process.OperatingRhythm#standard()} is the "LTC 1-2-3-4" rhythm (D1.6).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.process;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
