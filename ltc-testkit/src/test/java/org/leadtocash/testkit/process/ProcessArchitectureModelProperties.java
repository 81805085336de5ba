package org.leadtocash.testkit.process;

import org.leadtocash.domain.process.ProcessArchitecture;
import org.leadtocash.domain.process.ProcessArchitectureEvent;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.Settings;

/**
 * The kit's process-architecture model keeps the contract: its chains' accepted adaptations keep
 * the rights of DOMAIN D1.2, refused ones change nothing, and the events replay.
 */
class ProcessArchitectureModelProperties
    implements AggregateContract<ProcessArchitecture, ProcessArchitectureEvent> {

  @Override
  public AggregateModel<ProcessArchitecture, ProcessArchitectureEvent> model() {
    return ProcessArchitectures.model(Settings.standard());
  }
}
