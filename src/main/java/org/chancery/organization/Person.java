package org.chancery.organization;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.chancery.kernel.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff or a leader. The current unit and position mirror the open {@link Appointment};
 * changing them is an appointment, so the history is never lost.
 */
@Entity
@Table(name = "org_person")
public class Person implements Names {

	@Id
	private UUID id;
	@Column(name = "staff_number", nullable = false, unique = true, length = 20)
	private String staffNumber;
	@Column(name = "name_zh", nullable = false)
	private String nameZh;
	@Column(name = "name_en")
	private @Nullable String nameEn;
	@Column(name = "unit_id", nullable = false)
	private UUID unitId;
	@Column(nullable = false)
	private String position;
	@Column(nullable = false)
	private boolean active = true;
	@Version
	private long version;

	protected Person() {
	}

	Person(UUID id, String staffNumber, String nameZh, @Nullable String nameEn, UUID unitId, String position) {
		this.id = id;
		this.staffNumber = staffNumber;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.unitId = unitId;
		this.position = position;
	}

	void rename(String staffNumber, String nameZh, @Nullable String nameEn) {
		this.staffNumber = staffNumber;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	void appointedTo(UUID unitId, String position) {
		if (!active) {
			throw new DomainException("person.inactive");
		}
		this.unitId = unitId;
		this.position = position;
	}

	void setActive(boolean wanted) {
		if (active == wanted) {
			throw new DomainException(wanted ? "person.alreadyActive" : "person.alreadyInactive");
		}
		active = wanted;
	}

	public UUID id() { return id; }
	public String staffNumber() { return staffNumber; }
	@Override public String nameZh() { return nameZh; }
	@Override public @Nullable String nameEn() { return nameEn; }
	public UUID unitId() { return unitId; }
	public String position() { return position; }
	public boolean active() { return active; }
	public long version() { return version; }
}
