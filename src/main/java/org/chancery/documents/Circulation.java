package org.chancery.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A reading circulation (传阅) of an incoming document: an ordered or parallel list of readers. Its
 * location is defined at every moment — while it runs, exactly one current reader (ordered) or the
 * set of readers who have not acted yet (parallel); once ended, none (the document is back with the
 * office). Nobody is passed over silently: a reader leaves the list only by reading, returning, or
 * being skipped with a recorded reason.
 */
@Entity
@Table(name = "doc_circulation")
public class Circulation {

	public enum Mode {
		ORDERED, PARALLEL
	}

	public enum State {
		RUNNING, FINISHED, RETURNED
	}

	/** A reader being added: account and name. */
	record Reader(UUID accountId, String name) {
	}

	@Id
	private UUID id;
	@Column(name = "incoming_id", nullable = false)
	private UUID incomingId;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Mode mode;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private State state;
	@Column(name = "started_by", nullable = false, length = 200)
	private String startedBy;
	@Column(name = "started_at", nullable = false)
	private Instant startedAt;
	@Column(name = "ended_at")
	private @Nullable Instant endedAt;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "circulation_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<CirculationStop> stops = new ArrayList<>();
	@Version
	private long version;

	protected Circulation() {
	}

	Circulation(UUID id, UUID incomingId, Mode mode, List<Reader> readers, String startedBy, Instant at, Supplier<Instant> due) {
		if (readers.isEmpty()) {
			throw new DomainException("circulation.noReaders");
		}
		if (readers.stream().map(Reader::accountId).distinct().count() != readers.size()) {
			throw new DomainException("circulation.duplicateReader");
		}
		this.id = id;
		this.incomingId = incomingId;
		this.mode = mode;
		this.state = State.RUNNING;
		this.startedBy = startedBy;
		this.startedAt = at;
		for (Reader r : readers) {
			stops.add(new CirculationStop(UUID.randomUUID(), stops.size() + 1, r.accountId(), r.name()));
		}
		advance(at, due);
	}

	/** The current reader marks it read (阅), with an optional comment; it passes on to the next. */
	CirculationStop read(UUID readerId, @Nullable String comment, Instant at, Supplier<Instant> due) {
		CirculationStop stop = currentOf(readerId);
		stop.read(comment, at);
		advance(at, due);
		return stop;
	}

	/**
	 * The current reader returns it to the office with a reason; the circulation ends and the readers who
	 * had not acted are withdrawn with that reason (recorded, not skipped silently).
	 */
	CirculationStop returnIt(UUID readerId, String reason, Instant at) {
		CirculationStop stop = currentOf(readerId);
		stop.returned(reason, at);
		for (CirculationStop s : stops) {
			if (s.open()) {
				s.withdraw("退回：" + reason, stop.readerName(), at);
			}
		}
		end(State.RETURNED, at);
		return stop;
	}

	/** The office skips a reader who has not acted (away, not needed); a reason is required. */
	CirculationStop skip(UUID stopId, @Nullable String reason, String by, Instant at, Supplier<Instant> due) {
		requireRunning();
		if (reason == null || reason.isBlank()) {
			throw new DomainException("circulation.skipNeedsReason");
		}
		CirculationStop stop = stops.stream().filter(s -> s.id().equals(stopId)).findFirst()
			.orElseThrow(() -> new DomainException("circulation.unknownStop"));
		if (!stop.open()) {
			throw new DomainException("circulation.stopClosed");
		}
		stop.skip(reason.strip(), by, at);
		advance(at, due);
		return stop;
	}

	/** The office adds a reader at the end of the list. */
	CirculationStop add(Reader reader, Instant at, Supplier<Instant> due) {
		requireRunning();
		if (stops.stream().anyMatch(s -> s.readerId().equals(reader.accountId()) && s.open())) {
			throw new DomainException("circulation.duplicateReader");
		}
		CirculationStop stop = new CirculationStop(UUID.randomUUID(), stops.size() + 1, reader.accountId(), reader.name());
		stops.add(stop);
		if (mode == Mode.PARALLEL) {
			stop.becomeCurrent(at, due.get());
		}
		return stop;
	}

	void chase(UUID stopId, Instant at) {
		requireRunning();
		CirculationStop stop = stops.stream().filter(s -> s.id().equals(stopId)).findFirst()
			.orElseThrow(() -> new DomainException("circulation.unknownStop"));
		if (stop.state() != CirculationStop.State.CURRENT) {
			throw new DomainException("circulation.notCurrent");
		}
		stop.chased(at);
	}

	/** Where it is now: the readers it waits for (none once ended). */
	public List<CirculationStop> location() {
		return stops.stream().filter(s -> s.state() == CirculationStop.State.CURRENT).toList();
	}

	private CirculationStop currentOf(UUID readerId) {
		requireRunning();
		return stops.stream().filter(s -> s.readerId().equals(readerId) && s.state() == CirculationStop.State.CURRENT).findFirst()
			.orElseThrow(() -> new DomainException("circulation.notYourTurn"));
	}

	private void advance(Instant at, Supplier<Instant> due) {
		if (mode == Mode.PARALLEL) {
			stops.stream().filter(s -> s.state() == CirculationStop.State.PENDING).forEach(s -> s.becomeCurrent(at, due.get()));
		}
		else if (location().isEmpty()) {
			stops.stream().filter(s -> s.state() == CirculationStop.State.PENDING).findFirst().ifPresent(s -> s.becomeCurrent(at, due.get()));
		}
		if (location().isEmpty()) {
			end(State.FINISHED, at);
		}
	}

	private void end(State how, Instant at) {
		this.state = how;
		this.endedAt = at;
	}

	private void requireRunning() {
		if (state != State.RUNNING) {
			throw new DomainException("circulation.ended");
		}
	}

	public UUID id() { return id; }
	public UUID incomingId() { return incomingId; }
	public Mode mode() { return mode; }
	public State state() { return state; }
	public String startedBy() { return startedBy; }
	public Instant startedAt() { return startedAt; }
	public @Nullable Instant endedAt() { return endedAt; }
	public List<CirculationStop> stops() { return List.copyOf(stops); }
}
