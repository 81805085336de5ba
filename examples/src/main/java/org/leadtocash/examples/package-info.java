/**
 * Runnable examples: the lead-to-cash tour ({@link org.leadtocash.examples.LeadToCashTour}) that
 * README command 1 prints, the story it tells ({@link org.leadtocash.examples.LeadToCashStory}),
 * and the README's quick start ({@link org.leadtocash.examples.QuickStart}), all compiled and
 * tested by the build.
 */
@NullMarked
package org.leadtocash.examples;

import org.jspecify.annotations.NullMarked;
