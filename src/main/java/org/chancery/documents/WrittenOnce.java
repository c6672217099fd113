package org.chancery.documents;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A record written once and never changed (a timeline entry, a version): it gets its id when made, so
 * saving a new one inserts without first looking for it.
 */
@MappedSuperclass
abstract class WrittenOnce implements Persistable<UUID> {

	@Id
	private UUID id;
	@Transient
	private boolean fresh;

	protected WrittenOnce() {
	}

	WrittenOnce(UUID id) {
		this.id = id;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return id;
	}

	public UUID id() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostPersist
	@PostLoad
	void stored() {
		fresh = false;
	}
}
