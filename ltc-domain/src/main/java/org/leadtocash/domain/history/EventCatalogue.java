package org.leadtocash.domain.history;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.EventType;
import org.leadtocash.domain.contract.ContractAccepted;
import org.leadtocash.domain.contract.ContractChanged;
import org.leadtocash.domain.contract.ContractClosed;
import org.leadtocash.domain.contract.ContractDrafted;
import org.leadtocash.domain.contract.ContractHandedOver;
import org.leadtocash.domain.contract.ContractRegistered;
import org.leadtocash.domain.contract.ContractSigned;
import org.leadtocash.domain.contract.ExecutionStarted;
import org.leadtocash.domain.contract.InvoiceConfirmed;
import org.leadtocash.domain.contract.InvoiceIssued;
import org.leadtocash.domain.contract.PaymentReceived;
import org.leadtocash.domain.contract.RiskAccepted;
import org.leadtocash.domain.customer.BasicDataAnalysed;
import org.leadtocash.domain.customer.CustomerGraded;
import org.leadtocash.domain.customer.CustomerMonitored;
import org.leadtocash.domain.customer.CustomerRegistered;
import org.leadtocash.domain.customer.GradeReviewed;
import org.leadtocash.domain.customer.SegmentChanged;
import org.leadtocash.domain.customer.ServiceStrategyDecided;
import org.leadtocash.domain.customer.ValueIdentified;
import org.leadtocash.domain.lead.BudgetRecorded;
import org.leadtocash.domain.lead.LeadClosed;
import org.leadtocash.domain.lead.LeadConverted;
import org.leadtocash.domain.lead.LeadCreated;
import org.leadtocash.domain.lead.LeadResumed;
import org.leadtocash.domain.lead.LeadSubmitted;
import org.leadtocash.domain.lead.LeadSuspended;
import org.leadtocash.domain.lead.LeadValidated;
import org.leadtocash.domain.lead.NurturingStarted;
import org.leadtocash.domain.lead.NurturingStepRecorded;
import org.leadtocash.domain.opportunity.BuyingStageChanged;
import org.leadtocash.domain.opportunity.CompetitorAdded;
import org.leadtocash.domain.opportunity.CustomerGradeRecorded;
import org.leadtocash.domain.opportunity.DeliveryParticipationRecorded;
import org.leadtocash.domain.opportunity.EstimateRecorded;
import org.leadtocash.domain.opportunity.ForecastRevised;
import org.leadtocash.domain.opportunity.GateDecided;
import org.leadtocash.domain.opportunity.GatePlanned;
import org.leadtocash.domain.opportunity.HilltopMarked;
import org.leadtocash.domain.opportunity.OpportunityAbandoned;
import org.leadtocash.domain.opportunity.OpportunityAssessed;
import org.leadtocash.domain.opportunity.OpportunityCancelled;
import org.leadtocash.domain.opportunity.OpportunityLost;
import org.leadtocash.domain.opportunity.OpportunityOpened;
import org.leadtocash.domain.opportunity.OpportunityWon;
import org.leadtocash.domain.opportunity.PhaseChanged;
import org.leadtocash.domain.opportunity.TrafficLightChanged;
import org.leadtocash.domain.opportunity.TriangleAssigned;
import org.leadtocash.domain.process.ArchitectureEstablished;
import org.leadtocash.domain.process.ProcessAdapted;
import org.leadtocash.domain.relationship.KeyRelationshipAssessed;
import org.leadtocash.domain.relationship.KeyRelationshipLevelChanged;
import org.leadtocash.domain.relationship.KeyRelationshipOpened;
import org.leadtocash.domain.relationship.KeyRelationshipTransferred;
import org.leadtocash.domain.voice.HandlingStarted;
import org.leadtocash.domain.voice.IssueAccepted;
import org.leadtocash.domain.voice.IssueClosed;
import org.leadtocash.domain.voice.IssueEscalated;
import org.leadtocash.domain.voice.IssueEvaluated;
import org.leadtocash.domain.voice.IssueMarkedMajor;

/**
 * The list of every event type, so that a host can map stored rows to event classes and back.
 *
 * <p>{@link #domain()} lists the events of {@code ltc-domain}, family by family in the order of the
 * aggregates' stories; another module adds its own with {@link #plus(EventCatalogue)}. Each entry
 * pairs an event type's stable name and schema version ({@link EventType}) with its Java class.
 * Names are unique: a catalogue refuses two entries with the same name. The committed page {@code
 * docs/events.md} lists the same entries with each event's shape, and a test fails the build when
 * an event changes shape without a new schema version.
 */
public final class EventCatalogue {

  private static final EventCatalogue DOMAIN =
      new EventCatalogue(
          List.of(
              entry(LeadCreated.TYPE, LeadCreated.class),
              entry(LeadSubmitted.TYPE, LeadSubmitted.class),
              entry(LeadValidated.TYPE, LeadValidated.class),
              entry(BudgetRecorded.TYPE, BudgetRecorded.class),
              entry(LeadSuspended.TYPE, LeadSuspended.class),
              entry(LeadResumed.TYPE, LeadResumed.class),
              entry(NurturingStarted.TYPE, NurturingStarted.class),
              entry(NurturingStepRecorded.TYPE, NurturingStepRecorded.class),
              entry(LeadClosed.TYPE, LeadClosed.class),
              entry(LeadConverted.TYPE, LeadConverted.class),
              entry(OpportunityOpened.TYPE, OpportunityOpened.class),
              entry(ForecastRevised.TYPE, ForecastRevised.class),
              entry(PhaseChanged.TYPE, PhaseChanged.class),
              entry(BuyingStageChanged.TYPE, BuyingStageChanged.class),
              entry(DeliveryParticipationRecorded.TYPE, DeliveryParticipationRecorded.class),
              entry(CustomerGradeRecorded.TYPE, CustomerGradeRecorded.class),
              entry(TriangleAssigned.TYPE, TriangleAssigned.class),
              entry(EstimateRecorded.TYPE, EstimateRecorded.class),
              entry(GatePlanned.TYPE, GatePlanned.class),
              entry(GateDecided.TYPE, GateDecided.class),
              entry(HilltopMarked.TYPE, HilltopMarked.class),
              entry(TrafficLightChanged.TYPE, TrafficLightChanged.class),
              entry(CompetitorAdded.TYPE, CompetitorAdded.class),
              entry(OpportunityAssessed.TYPE, OpportunityAssessed.class),
              entry(OpportunityWon.TYPE, OpportunityWon.class),
              entry(OpportunityLost.TYPE, OpportunityLost.class),
              entry(OpportunityAbandoned.TYPE, OpportunityAbandoned.class),
              entry(OpportunityCancelled.TYPE, OpportunityCancelled.class),
              entry(ContractDrafted.TYPE, ContractDrafted.class),
              entry(RiskAccepted.TYPE, RiskAccepted.class),
              entry(ContractSigned.TYPE, ContractSigned.class),
              entry(ContractRegistered.TYPE, ContractRegistered.class),
              entry(ContractHandedOver.TYPE, ContractHandedOver.class),
              entry(ExecutionStarted.TYPE, ExecutionStarted.class),
              entry(ContractAccepted.TYPE, ContractAccepted.class),
              entry(ContractClosed.TYPE, ContractClosed.class),
              entry(ContractChanged.TYPE, ContractChanged.class),
              entry(InvoiceIssued.TYPE, InvoiceIssued.class),
              entry(InvoiceConfirmed.TYPE, InvoiceConfirmed.class),
              entry(PaymentReceived.TYPE, PaymentReceived.class),
              entry(CustomerRegistered.TYPE, CustomerRegistered.class),
              entry(BasicDataAnalysed.TYPE, BasicDataAnalysed.class),
              entry(ValueIdentified.TYPE, ValueIdentified.class),
              entry(CustomerGraded.TYPE, CustomerGraded.class),
              entry(ServiceStrategyDecided.TYPE, ServiceStrategyDecided.class),
              entry(CustomerMonitored.TYPE, CustomerMonitored.class),
              entry(GradeReviewed.TYPE, GradeReviewed.class),
              entry(SegmentChanged.TYPE, SegmentChanged.class),
              entry(KeyRelationshipOpened.TYPE, KeyRelationshipOpened.class),
              entry(KeyRelationshipAssessed.TYPE, KeyRelationshipAssessed.class),
              entry(KeyRelationshipLevelChanged.TYPE, KeyRelationshipLevelChanged.class),
              entry(KeyRelationshipTransferred.TYPE, KeyRelationshipTransferred.class),
              entry(IssueAccepted.TYPE, IssueAccepted.class),
              entry(HandlingStarted.TYPE, HandlingStarted.class),
              entry(IssueEscalated.TYPE, IssueEscalated.class),
              entry(IssueMarkedMajor.TYPE, IssueMarkedMajor.class),
              entry(IssueClosed.TYPE, IssueClosed.class),
              entry(IssueEvaluated.TYPE, IssueEvaluated.class),
              entry(ArchitectureEstablished.TYPE, ArchitectureEstablished.class),
              entry(ProcessAdapted.TYPE, ProcessAdapted.class)));

  private final ImmutableList<Entry> entries;
  private final ImmutableMap<String, Entry> byName;
  private final ImmutableMap<Class<? extends DomainEvent>, Entry> byClass;

  private EventCatalogue(List<Entry> entries) {
    this.entries = ImmutableList.copyOf(entries);
    ImmutableMap.Builder<String, Entry> names = ImmutableMap.builder();
    ImmutableMap.Builder<Class<? extends DomainEvent>, Entry> classes = ImmutableMap.builder();
    for (Entry entry : this.entries) {
      names.put(entry.type().name(), entry);
      classes.put(entry.eventClass(), entry);
    }
    try {
      this.byName = names.buildOrThrow();
      this.byClass = classes.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "an event catalogue names each event type and class once: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the event types of {@code ltc-domain}: every lead, opportunity, contract, customer,
   * key-relationship, customer-issue and process-architecture event; never null}
   */
  public static EventCatalogue domain() {
    return DOMAIN;
  }

  /**
   * Returns a catalogue of the given entries.
   *
   * @param entries the entries, each name and class once; not null
   * @return the catalogue, never null
   * @throws IllegalArgumentException if two entries share a name or a class
   */
  public static EventCatalogue of(List<Entry> entries) {
    Objects.requireNonNull(entries, "entries");
    return new EventCatalogue(entries);
  }

  /**
   * Returns this catalogue followed by another module's.
   *
   * @param other the other catalogue; not null
   * @return the combined catalogue, never null
   * @throws IllegalArgumentException if a name or a class is in both
   */
  public EventCatalogue plus(EventCatalogue other) {
    Objects.requireNonNull(other, "other");
    return new EventCatalogue(
        ImmutableList.<Entry>builder().addAll(entries).addAll(other.entries).build());
  }

  /** {@return every entry, in catalogue order; never null} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return every event type, in catalogue order; never null} */
  public List<EventType> types() {
    return entries.stream().map(Entry::type).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the entry of a stored type name.
   *
   * @param name the stable name, such as {@code contract.invoice-issued}; not null
   * @return the entry, or empty if no event type has this name; never null
   */
  public Optional<Entry> entry(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Returns the entry of an event class.
   *
   * @param eventClass the event's class; not null
   * @return the entry, or empty if the class is not in the catalogue; never null
   */
  public Optional<Entry> entry(Class<? extends DomainEvent> eventClass) {
    Objects.requireNonNull(eventClass, "eventClass");
    return Optional.ofNullable(byClass.get(eventClass));
  }

  /** {@return the entries by stable name; never null} */
  public Map<String, Entry> byName() {
    return byName;
  }

  private static Entry entry(EventType type, Class<? extends DomainEvent> eventClass) {
    return new Entry(type, eventClass);
  }

  /** {@return the catalogue's type names and versions, one per line} */
  @Override
  public String toString() {
    return types().toString();
  }

  /**
   * One event type of the catalogue.
   *
   * @param type the stable name and current schema version; not null
   * @param eventClass the event's Java class; not null
   */
  public record Entry(EventType type, Class<? extends DomainEvent> eventClass) {

    /**
     * Checks that no part is null and that the class is a record.
     *
     * @param type the stable name and current schema version; not null
     * @param eventClass the event's Java class; not null
     * @throws IllegalArgumentException if the class is not a record
     */
    public Entry {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(eventClass, "eventClass");
      checkArgument(eventClass.isRecord(), "an event is a record, and %s is not", eventClass);
    }
  }
}
