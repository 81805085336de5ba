package org.leadtocash.jackson;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.customer.PersonalProfile;
import org.leadtocash.domain.lead.LeadEvent;

/**
 * Aggregates made by hand for the module's snapshot rules, in a catalogue of their own: one whose
 * restore() builder sets every attribute, one with an attribute its builder does not set, one whose
 * builder sets an attribute it has no accessor of, and one without restore().
 */
final class SnapshotFixtures {

  private SnapshotFixtures() {}

  /** The fixtures' snapshot catalogue. */
  static final SnapshotCatalogue CATALOGUE =
      SnapshotCatalogue.of(
          List.of(
              new SnapshotCatalogue.Entry("ranked", 1, Ranked.class),
              new SnapshotCatalogue.Entry("lost", 1, Lost.class),
              new SnapshotCatalogue.Entry("unread", 1, Unread.class),
              new SnapshotCatalogue.Entry("unrestorable", 1, Unrestorable.class)));

  /**
   * An aggregate with a defaulted attribute, {@link #rank()} (not abstract, as an Immutables
   * {@code @Value.Default} is), a computed method that is no attribute, {@link #isTop()}, and
   * personal data, {@link #contact()}.
   */
  public abstract static class Ranked implements Aggregate<LeadId, LeadEvent> {

    @Override
    public abstract LeadId id();

    @Override
    public abstract long version();

    @Override
    public abstract Instant lastEventAt();

    /** {@return the rank, 3 unless set: an attribute with a default} */
    public int rank() {
      return 3;
    }

    /** {@return whether the rank is 1: computed from the rank, no attribute} */
    public boolean isTop() {
      return rank() == 1;
    }

    /** {@return the contact's personal profile (DOMAIN D7.8), if any} */
    public abstract Optional<PersonalProfile> contact();

    /** {@return a builder of a stored state} */
    public static RankedRestore restore() {
      return new RankedRestore();
    }
  }

  /** Restores a {@link Ranked}: refuses a rank below 1, naming it. */
  public static final class RankedRestore {
    private @Nullable LeadId id;
    private long version;
    private @Nullable Instant lastEventAt;
    private int rank = 3;
    private Optional<PersonalProfile> contact = Optional.empty();

    RankedRestore() {}

    /** Sets the id. */
    public RankedRestore id(LeadId value) {
      this.id = value;
      return this;
    }

    /** Sets the version. */
    public RankedRestore version(long value) {
      this.version = value;
      return this;
    }

    /** Sets when the last event happened. */
    public RankedRestore lastEventAt(Instant value) {
      this.lastEventAt = value;
      return this;
    }

    /** Sets the rank. */
    public RankedRestore rank(int value) {
      this.rank = value;
      return this;
    }

    /** Sets the contact. */
    public RankedRestore contact(Optional<PersonalProfile> value) {
      this.contact = value;
      return this;
    }

    /** Adds nothing: an adder, no attribute of its own. */
    public RankedRestore addNote(String note) {
      Objects.requireNonNull(note);
      return this;
    }

    /** Builds it, checking its one invariant. */
    public Ranked build() {
      LeadId i = id;
      Instant at = lastEventAt;
      if (i == null || at == null) {
        throw new IllegalStateException(
            "Cannot build Ranked, some of required attributes are not set");
      }
      if (rank < 1) {
        throw new IllegalArgumentException("ranked " + i + ": rank is 1 or more, not " + rank);
      }
      return new RankedValue(i, version, at, rank, contact);
    }
  }

  private static final class RankedValue extends Ranked {
    private final LeadId id;
    private final long version;
    private final Instant lastEventAt;
    private final int rank;
    private final Optional<PersonalProfile> contact;

    RankedValue(
        LeadId id, long version, Instant lastEventAt, int rank, Optional<PersonalProfile> contact) {
      this.id = id;
      this.version = version;
      this.lastEventAt = lastEventAt;
      this.rank = rank;
      this.contact = contact;
    }

    @Override
    public LeadId id() {
      return id;
    }

    @Override
    public long version() {
      return version;
    }

    @Override
    public Instant lastEventAt() {
      return lastEventAt;
    }

    @Override
    public int rank() {
      return rank;
    }

    @Override
    public Optional<PersonalProfile> contact() {
      return contact;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof RankedValue r
          && id.equals(r.id)
          && version == r.version
          && lastEventAt.equals(r.lastEventAt)
          && rank == r.rank
          && contact.equals(r.contact);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, version, lastEventAt, rank, contact);
    }

    @Override
    public String toString() {
      return "Ranked{" + id + " v" + version + " rank " + rank + " " + contact + "}";
    }
  }

  /** {@return a ranked aggregate of the given rank and contact} */
  static Ranked ranked(int rank, Optional<PersonalProfile> contact) {
    return Ranked.restore()
        .id(LeadId.of("L-1"))
        .version(4)
        .lastEventAt(Instant.parse("2026-12-07T10:00:00Z"))
        .rank(rank)
        .contact(contact)
        .build();
  }

  /** An aggregate whose restore() builder does not set one of its attributes, {@link #worth()}. */
  public abstract static class Lost implements Aggregate<LeadId, LeadEvent> {

    @Override
    public abstract LeadId id();

    @Override
    public abstract long version();

    @Override
    public abstract Instant lastEventAt();

    /** {@return an attribute the builder does not set} */
    public abstract long worth();

    /** {@return a builder that sets no worth} */
    public static LostRestore restore() {
      return new LostRestore();
    }
  }

  /** Restores a {@link Lost}, but sets no worth. */
  public static final class LostRestore {
    LostRestore() {}

    /** Sets the id. */
    public LostRestore id(LeadId value) {
      return this;
    }

    /** Sets the version. */
    public LostRestore version(long value) {
      return this;
    }

    /** Sets when the last event happened. */
    public LostRestore lastEventAt(Instant value) {
      return this;
    }

    /** Builds nothing. */
    public Lost build() {
      throw new UnsupportedOperationException();
    }
  }

  /**
   * An aggregate whose restore() builder sets an attribute, {@code hidden}, it has no accessor of.
   */
  public abstract static class Unread implements Aggregate<LeadId, LeadEvent> {

    @Override
    public abstract LeadId id();

    @Override
    public abstract long version();

    @Override
    public abstract Instant lastEventAt();

    /** {@return a builder that sets one more attribute than the aggregate reads} */
    public static UnreadRestore restore() {
      return new UnreadRestore();
    }
  }

  /** Restores an {@link Unread}, with a setter of no accessor. */
  public static final class UnreadRestore {
    UnreadRestore() {}

    /** Sets the id. */
    public UnreadRestore id(LeadId value) {
      return this;
    }

    /** Sets the version. */
    public UnreadRestore version(long value) {
      return this;
    }

    /** Sets when the last event happened. */
    public UnreadRestore lastEventAt(Instant value) {
      return this;
    }

    /** Sets what no accessor reads, so a snapshot would lose it. */
    public UnreadRestore hidden(String value) {
      return this;
    }

    /** Builds nothing. */
    public Unread build() {
      throw new UnsupportedOperationException();
    }
  }

  /** An aggregate without restore(): its snapshot is refused, as today. */
  public abstract static class Unrestorable implements Aggregate<LeadId, LeadEvent> {

    /** {@return an instance} */
    static Unrestorable of() {
      return new Unrestorable() {
        @Override
        public LeadId id() {
          return LeadId.of("L-2");
        }

        @Override
        public long version() {
          return 1;
        }

        @Override
        public Instant lastEventAt() {
          return Instant.parse("2026-12-07T10:00:00Z");
        }
      };
    }
  }
}
