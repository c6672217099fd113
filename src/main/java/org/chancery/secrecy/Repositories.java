package org.chancery.secrecy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClearanceRecords extends JpaRepository<Clearance, UUID> {
}

interface Officers extends JpaRepository<ClassificationOfficer, UUID> {

	List<ClassificationOfficer> findByEndedAtIsNullOrderByUnitId();

	List<ClassificationOfficer> findByAccountIdAndEndedAtIsNull(UUID accountId);

	boolean existsByUnitIdAndAccountIdAndEndedAtIsNull(UUID unitId, UUID accountId);
}

interface UnitAuthorities extends JpaRepository<UnitAuthority, UUID> {
}

interface ClearanceChanges extends JpaRepository<ClearanceChange, UUID> {

	List<ClearanceChange> findByAccountIdOrderByChangedAtDesc(UUID accountId);
}

interface Items extends JpaRepository<ProtectedItem, UUID>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<ProtectedItem> {

	List<ProtectedItem> findByStateInAndDeclassifiesOnLessThanEqual(java.util.Collection<ProtectedItem.State> states, java.time.LocalDate day);

	List<ProtectedItem> findByUnitIdAndStateAndNextReviewLessThanEqualOrderByNextReview(UUID unitId, ProtectedItem.State state,
			java.time.LocalDate day);

	org.springframework.data.domain.Page<ProtectedItem> findAllByOrderByNextReviewAsc(org.springframework.data.domain.Pageable page);
}

interface Scopes extends JpaRepository<ScopeEntry, UUID> {

	List<ScopeEntry> findByItemIdOrderByAddedAt(UUID itemId);
}

interface MarkingRecords extends JpaRepository<MarkingRecord, UUID> {

	List<MarkingRecord> findByItemIdOrderByChangedAt(UUID itemId);
}

interface Copies extends JpaRepository<CarrierCopy, UUID> {

	List<CarrierCopy> findByItemIdOrderByNumber(UUID itemId);

	@org.springframework.data.jpa.repository.Query("select coalesce(max(c.number), 0) from CarrierCopy c where c.itemId = :item")
	int maxNumber(@org.springframework.data.repository.query.Param("item") UUID itemId);

	List<CarrierCopy> findByDueBackLessThanAndStateIn(java.time.LocalDate day, java.util.Collection<CarrierCopy.State> states);
}

interface Manifests extends JpaRepository<Manifest, UUID> {

	List<Manifest> findByStateNotOrderByCreatedAt(Manifest.State state);

	List<Manifest> findByHandedAtIsNullAndDeliveredAtIsNotNull();
}

interface Destructions extends JpaRepository<Destruction, UUID> {
}

interface CopyingRequests extends JpaRepository<CopyingRequest, UUID> {

	List<CopyingRequest> findByStateOrderByRequestedAt(CopyingRequest.State state);
}

interface PendingWork extends org.springframework.data.repository.Repository<ProtectedItem, UUID> {

	@org.springframework.data.jpa.repository.Query("select i from ProtectedItem i where i.state = org.chancery.secrecy.ProtectedItem.State.PROPOSED and i.unitId in :units order by i.runsFrom")
	List<ProtectedItem> proposedIn(@org.springframework.data.repository.query.Param("units") java.util.Collection<UUID> units);

	@org.springframework.data.jpa.repository.Query("select i from ProtectedItem i where i.state = org.chancery.secrecy.ProtectedItem.State.CLASSIFIED and i.unitId in :units and i.nextReview <= :day order by i.nextReview")
	List<ProtectedItem> reviewDueIn(@org.springframework.data.repository.query.Param("units") java.util.Collection<UUID> units,
			@org.springframework.data.repository.query.Param("day") java.time.LocalDate day);

	@org.springframework.data.jpa.repository.Query("select m from Manifest m where (m.courier = :me and m.state = org.chancery.secrecy.Manifest.State.ASSEMBLED) or (m.recipient = :me and m.state <> org.chancery.secrecy.Manifest.State.DELIVERED) order by m.createdAt")
	List<Manifest> handoversFor(@org.springframework.data.repository.query.Param("me") UUID me);

	@org.springframework.data.jpa.repository.Query("select d from Destruction d where d.witnessedBy is null order by d.requestedAt")
	List<Destruction> openDestructions();
}
