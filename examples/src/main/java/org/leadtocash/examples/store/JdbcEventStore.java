package org.leadtocash.examples.store;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.Append;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Identifier;

/**
 * The events of every aggregate in one table of a relational database, through plain JDBC.
 *
 * <p>A row of {@code ltc_event} is one event: its stream (the aggregate's id), its version in the
 * stream, its stored type name and schema version, when it happened, and its JSON payload; (stream,
 * version) is the primary key. An {@link #append} names the version each stream must be at; if
 * another writer appended first, the whole append is rolled back and an {@link
 * AppendConflictException} tells the writer to reload and retry. Several appends — the two streams
 * of a lead's conversion — go in one transaction: all are written, or none.
 *
 * <p>{@code ltc_snapshot} keeps the latest snapshot of a stream — its state as JSON, at a version —
 * so that an aggregate is rebuilt from the snapshot and only the events after it.
 */
public final class JdbcEventStore {

  private static final String EVENTS =
      "CREATE TABLE IF NOT EXISTS ltc_event ("
          + " stream VARCHAR(200) NOT NULL,"
          + " version BIGINT NOT NULL,"
          + " type VARCHAR(100) NOT NULL,"
          + " schema_version INT NOT NULL,"
          + " occurred_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,"
          + " payload CLOB NOT NULL,"
          + " PRIMARY KEY (stream, version))";

  private static final String SNAPSHOTS =
      "CREATE TABLE IF NOT EXISTS ltc_snapshot ("
          + " stream VARCHAR(200) NOT NULL PRIMARY KEY,"
          + " version BIGINT NOT NULL,"
          + " state CLOB NOT NULL)";

  /** The SQL state of a unique-key violation: a concurrent writer inserted the same version. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource database;
  private final Codec codec;

  private JdbcEventStore(DataSource database, Codec codec) {
    this.database = database;
    this.codec = codec;
  }

  /**
   * Opens the store on a database, creating its table if it is not there.
   *
   * @param database the database; not null
   * @param codec how payloads are written and read; not null
   * @return the store, never null
   * @throws StoreException if the table cannot be created
   */
  public static JdbcEventStore open(DataSource database, Codec codec) {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(codec, "codec");
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(EVENTS);
      statement.execute(SNAPSHOTS);
    } catch (SQLException e) {
      throw new StoreException("cannot create the event and snapshot tables", e);
    }
    return new JdbcEventStore(database, codec);
  }

  /**
   * Returns the key of an aggregate's stream: its id's kind and value, e.g. {@code
   * ContractId:CT-1}, so that a lead and a contract with the same id value never share a stream.
   *
   * @param aggregate the aggregate's id; not null
   * @return the key, never null
   */
  public static String stream(Identifier aggregate) {
    return aggregate.getClass().getSimpleName() + ":" + aggregate.value();
  }

  /**
   * Appends events to their streams in one transaction, each at the version it expects.
   *
   * @param appends the appends, e.g. {@link org.leadtocash.domain.lead.LeadConversion#appends()};
   *     not null
   * @throws AppendConflictException if a stream is not at its expected version; nothing is written
   * @throws StoreException if the database fails; nothing is written
   */
  public void append(List<Append> appends) {
    Objects.requireNonNull(appends, "appends");
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try {
        for (Append append : appends) {
          write(connection, append);
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot append " + appends.size() + " stream(s)", e);
    }
  }

  /**
   * Appends one command's events to their stream.
   *
   * @param append the events and the version the stream must be at; not null
   * @throws AppendConflictException if the stream is not at the expected version; nothing is
   *     written
   */
  public void append(Append append) {
    append(List.of(append));
  }

  private void write(Connection connection, Append append) throws SQLException {
    String stream = stream(append.stream());
    long actual = version(connection, stream);
    if (actual != append.expectedVersion()) {
      throw new AppendConflictException(stream, append.expectedVersion(), actual);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO ltc_event (stream, version, type, schema_version, occurred_at, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (DomainEvent event : append.events()) {
        insert.setString(1, stream);
        insert.setLong(2, event.version());
        insert.setString(3, event.type().name());
        insert.setInt(4, event.type().schemaVersion());
        insert.setTimestamp(5, Timestamp.from(event.occurredAt()));
        insert.setString(6, codec.write(event));
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        throw new AppendConflictException(stream, append.expectedVersion(), -1);
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t instanceof java.sql.BatchUpdateException batch
          && batch.getNextException() != null
          && UNIQUE_VIOLATION.equals(batch.getNextException().getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the version a stream is at: how many events it holds.
   *
   * @param aggregate the aggregate's id; not null
   * @return the version, 0 for a stream never appended to
   */
  public long version(Identifier aggregate) {
    try (Connection connection = database.getConnection()) {
      return version(connection, stream(aggregate));
    } catch (SQLException e) {
      throw new StoreException("cannot read the version of " + stream(aggregate), e);
    }
  }

  private static long version(Connection connection, String stream) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT MAX(version) FROM ltc_event WHERE stream = ?")) {
      select.setString(1, stream);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * Loads an aggregate's events, oldest first.
   *
   * @param aggregate the aggregate's id; not null
   * @param family the aggregate's event type, e.g. {@code ContractEvent.class}; not null
   * @param <E> the event type
   * @return the events, empty for an unknown aggregate; never null
   * @throws StoreException if a row cannot be read, its payload disagrees with its columns, or it
   *     is not an event of the family
   */
  public <E extends DomainEvent> List<E> load(Identifier aggregate, Class<E> family) {
    return loadAfter(aggregate, 0, family);
  }

  /**
   * Loads an aggregate's events after a version, oldest first: the tail after a snapshot.
   *
   * @param aggregate the aggregate's id; not null
   * @param version the version after which to load, 0 for all
   * @param family the aggregate's event type; not null
   * @param <E> the event type
   * @return the events, never null
   * @throws StoreException as {@link #load}
   */
  public <E extends DomainEvent> List<E> loadAfter(
      Identifier aggregate, long version, Class<E> family) {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(family, "family");
    String stream = stream(aggregate);
    ImmutableList.Builder<E> events = ImmutableList.builder();
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT version, type, schema_version, payload FROM ltc_event"
                    + " WHERE stream = ? AND version > ? ORDER BY version")) {
      select.setString(1, stream);
      select.setLong(2, version);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(read(stream, rows, family));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot load " + stream, e);
    }
    return events.build();
  }

  private <E extends DomainEvent> E read(String stream, ResultSet row, Class<E> family)
      throws SQLException {
    long version = row.getLong(1);
    String where = stream + " version " + version;
    DomainEvent event;
    try {
      event = codec.read(row.getString(4));
    } catch (RuntimeException e) {
      throw new StoreException("cannot read the payload of " + where + ": " + e.getMessage(), e);
    }
    if (!family.isInstance(event)) {
      throw new StoreException(
          where + " holds a " + event.type() + ", not a " + family.getSimpleName());
    }
    if (event.version() != version
        || !event.type().name().equals(row.getString(2))
        || event.type().schemaVersion() != row.getInt(3)
        || !stream(event.aggregate()).equals(stream)) {
      throw new StoreException(
          where
              + " holds "
              + event.type()
              + " of "
              + stream(event.aggregate())
              + " at version "
              + event.version()
              + ", which its row does not describe");
    }
    return family.cast(event);
  }

  /**
   * Keeps a snapshot of an aggregate: its state at its version, replacing an older one. The events
   * stay: a snapshot only shortens what a load replays.
   *
   * @param aggregate the aggregate; not null
   * @throws StoreException if the aggregate is ahead of its stream (a state that was never stored)
   *     or the database fails
   */
  public void saveSnapshot(Aggregate<?, ?> aggregate) {
    Objects.requireNonNull(aggregate, "aggregate");
    String stream = stream(aggregate.id());
    String state = codec.writeSnapshot(aggregate);
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long stored = version(connection, stream);
        if (aggregate.version() > stored) {
          throw new StoreException(
              stream
                  + " is at version "
                  + stored
                  + ": a snapshot at version "
                  + aggregate.version()
                  + " would hold events the stream does not");
        }
        try (PreparedStatement merge =
            connection.prepareStatement(
                "MERGE INTO ltc_snapshot (stream, version, state) KEY (stream) VALUES (?, ?, ?)")) {
          merge.setString(1, stream);
          merge.setLong(2, aggregate.version());
          merge.setString(3, state);
          merge.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot keep the snapshot of " + stream, e);
    }
  }

  /**
   * Loads the latest snapshot of an aggregate, checked strictly by the codec: a stored state that
   * breaks an invariant of the aggregate is refused.
   *
   * @param aggregate the aggregate's id; not null
   * @param type the aggregate's class, such as {@code Contract.class}; not null
   * @param <A> the aggregate's type
   * @return the snapshot, or empty if none was kept; never null
   * @throws StoreException if the stored state cannot be read, or is of another aggregate or
   *     version than its row
   */
  public <A extends Aggregate<?, ?>> Optional<A> loadSnapshot(Identifier aggregate, Class<A> type) {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(type, "type");
    String stream = stream(aggregate);
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT version, state FROM ltc_snapshot WHERE stream = ?")) {
      select.setString(1, stream);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        long version = rows.getLong(1);
        A snapshot;
        try {
          snapshot = codec.readSnapshot(rows.getString(2), type);
        } catch (RuntimeException e) {
          throw new StoreException(
              "cannot read the snapshot of " + stream + ": " + e.getMessage(), e);
        }
        if (!stream(snapshot.id()).equals(stream) || snapshot.version() != version) {
          throw new StoreException(
              "the snapshot row of "
                  + stream
                  + " at version "
                  + version
                  + " holds "
                  + stream(snapshot.id())
                  + " at version "
                  + snapshot.version());
        }
        return Optional.of(snapshot);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot load the snapshot of " + stream, e);
    }
  }
}
