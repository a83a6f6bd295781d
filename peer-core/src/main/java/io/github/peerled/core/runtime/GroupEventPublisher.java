package io.github.peerled.core.runtime;

import io.github.peerled.core.event.ActionItemAccepted;
import io.github.peerled.core.event.ActionItemAgreed;
import io.github.peerled.core.event.ActionItemCompleted;
import io.github.peerled.core.event.ActionItemOverdue;
import io.github.peerled.core.event.ActionItemReleased;
import io.github.peerled.core.event.AttendanceRecorded;
import io.github.peerled.core.event.ContributionFlagged;
import io.github.peerled.core.event.ContributionHeld;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.DeadlineExtended;
import io.github.peerled.core.event.FacilitationVolunteered;
import io.github.peerled.core.event.FacilitatorHandedOver;
import io.github.peerled.core.event.FoundingDraftRevised;
import io.github.peerled.core.event.FoundingGuidelinesEndorsed;
import io.github.peerled.core.event.GovernanceSettingsChanged;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.GroupFounded;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.GuidelineVersionScheduled;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.event.MemberLeft;
import io.github.peerled.core.event.MemberPaused;
import io.github.peerled.core.event.NominationChanged;
import io.github.peerled.core.event.NominationMade;
import io.github.peerled.core.event.NominationsRevealed;
import io.github.peerled.core.event.ObjectionIntegrated;
import io.github.peerled.core.event.ObjectionWithdrawn;
import io.github.peerled.core.event.PauseEnded;
import io.github.peerled.core.event.PollAnswered;
import io.github.peerled.core.event.PollClosed;
import io.github.peerled.core.event.PollOpened;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalRevised;
import io.github.peerled.core.event.ProposalWithdrawn;
import io.github.peerled.core.event.ProxyGranted;
import io.github.peerled.core.event.ProxyRevoked;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.event.RoleAssigned;
import io.github.peerled.core.event.RoleRevoked;
import io.github.peerled.core.event.RoleTermEnded;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.event.ScheduledVersionCancelled;
import io.github.peerled.core.event.SelectionOpened;
import io.github.peerled.core.event.SessionClosed;
import io.github.peerled.core.event.SessionScheduled;
import io.github.peerled.core.event.SessionStarted;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.event.StandingChanged;
import java.util.function.Consumer;

/**
 * Where listeners register for what happens in the runtime's groups, in the style of Resilience4j's
 * event publishers: typed methods ({@link #onGuidelineVersionAdopted}, {@link #onStanceTaken},
 * ...), a catch-all {@link #onEvent}, {@link #onCommitted} for whole commands, and {@link
 * #onListenerFailure}. Each returns a {@link Registration} that removes the listener; listeners may
 * be added and removed at any time, from any thread.
 *
 * <h2>Delivery</h2>
 *
 * <ul>
 *   <li>A listener is called only after the events are durable (appended to the store, as the store
 *       guarantees), and never for a rejected command.
 *   <li>Per group, notifications are delivered one at a time, in event order; for each event the
 *       matching listeners are called in the order they were registered, and then, per command, the
 *       {@link #onCommitted} listeners.
 *   <li>Each group has its own ordered queue on the runtime's listener executor. A slow listener
 *       delays only the later notifications of that group: other groups' notifications and all
 *       commands go on (commands do not wait for listeners). With a bounded listener executor a
 *       slow listener still occupies one of its threads.
 *   <li>A listener that throws is reported through {@link System.Logger} (logger {@code
 *       io.github.peerled.core.runtime}, level WARNING) and to the {@link #onListenerFailure}
 *       listeners; the other listeners are still called, and the state and log are untouched.
 *   <li>A listener may submit commands. {@link GroupHandle#submitAsync} returns at once; the
 *       command is queued behind the commands already waiting for its group. A blocking {@link
 *       GroupHandle#submit} from a listener is allowed and does not deadlock, because commands run
 *       on their own executor: it returns once the command is applied, before the listeners hear of
 *       it; its notifications follow after the current callback returns.
 *   <li>A listener sees the event, not necessarily the latest state: by the time it runs, {@link
 *       GroupHandle#state()} may already include later commands.
 * </ul>
 *
 * <p>Thread-safe.
 */
public interface GroupEventPublisher {
  /**
   * Listens for every event.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  Registration onEvent(Consumer<? super GroupEvent> listener);

  /**
   * Listens for events of one type (or its subtypes).
   *
   * @param <E> the type
   * @param type the event type, such as {@code StanceTaken.class}
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if an argument is null
   */
  <E extends GroupEvent> Registration on(Class<E> type, Consumer<? super E> listener);

  /**
   * Listens for whole accepted commands, after all their events were delivered. This is where rules
   * that judge a command as a whole (for example facilitation rules turning a recorded contribution
   * into findings) plug in.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  Registration onCommitted(Consumer<? super Commit> listener);

  /**
   * Listens for listeners that threw. A failure hook that throws itself is only logged.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  Registration onListenerFailure(Consumer<? super ListenerFailure> listener);

  /**
   * Listens for {@link GroupFounded}: the group was founded.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGroupFounded(Consumer<? super GroupFounded> listener) {
    return on(GroupFounded.class, listener);
  }

  /**
   * Listens for {@link FoundingDraftRevised}: the founders revised their draft guidelines.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFoundingDraftRevised(Consumer<? super FoundingDraftRevised> listener) {
    return on(FoundingDraftRevised.class, listener);
  }

  /**
   * Listens for {@link FoundingGuidelinesEndorsed}: a founder endorsed the draft guidelines.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFoundingGuidelinesEndorsed(
      Consumer<? super FoundingGuidelinesEndorsed> listener) {
    return on(FoundingGuidelinesEndorsed.class, listener);
  }

  /**
   * Listens for {@link GuidelineVersionAdopted}: a guideline version was adopted.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGuidelineVersionAdopted(
      Consumer<? super GuidelineVersionAdopted> listener) {
    return on(GuidelineVersionAdopted.class, listener);
  }

  /**
   * Listens for {@link MemberJoined}: a person joined.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMemberJoined(Consumer<? super MemberJoined> listener) {
    return on(MemberJoined.class, listener);
  }

  /**
   * Listens for {@link MemberLeft}: a member left.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMemberLeft(Consumer<? super MemberLeft> listener) {
    return on(MemberLeft.class, listener);
  }

  /**
   * Listens for {@link MemberForgotten}: a member asked to be forgotten. A host that keeps copies
   * of what listeners heard (names, contribution texts) erases the member's from them here.
   *
   * @param listener the listener
   * @return the registration, to remove it
   */
  default Registration onMemberForgotten(Consumer<? super MemberForgotten> listener) {
    return on(MemberForgotten.class, listener);
  }

  /**
   * Listens for {@link ContributionTextExpired}: the text of some sessions' contributions expired
   * under the group's retention setting. A host that keeps copies of what listeners heard
   * (contribution texts, the words a facilitation finding quotes) erases those sessions' words from
   * them here, keeping what is not words (who, when, which contribution, a finding's rule and
   * severity) if it likes.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionTextExpired(
      Consumer<? super ContributionTextExpired> listener) {
    return on(ContributionTextExpired.class, listener);
  }

  /**
   * Listens for {@link StandingChanged}: a member's standing changed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onStandingChanged(Consumer<? super StandingChanged> listener) {
    return on(StandingChanged.class, listener);
  }

  /**
   * Listens for {@link RoleAssigned}: a role was assigned.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleAssigned(Consumer<? super RoleAssigned> listener) {
    return on(RoleAssigned.class, listener);
  }

  /**
   * Listens for {@link RoleRevoked}: a role was revoked.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleRevoked(Consumer<? super RoleRevoked> listener) {
    return on(RoleRevoked.class, listener);
  }

  /**
   * Listens for {@link ProposalDrafted}: a proposal was drafted.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalDrafted(Consumer<? super ProposalDrafted> listener) {
    return on(ProposalDrafted.class, listener);
  }

  /**
   * Listens for {@link ProposalOpened}: a proposal was opened for stances.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalOpened(Consumer<? super ProposalOpened> listener) {
    return on(ProposalOpened.class, listener);
  }

  /**
   * Listens for {@link StanceTaken}: a member took a stance on a proposal.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onStanceTaken(Consumer<? super StanceTaken> listener) {
    return on(StanceTaken.class, listener);
  }

  /**
   * Listens for {@link ProposalCommented}: someone commented on a proposal.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalCommented(Consumer<? super ProposalCommented> listener) {
    return on(ProposalCommented.class, listener);
  }

  /**
   * Listens for {@link ProposalWithdrawn}: a proposal was withdrawn.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalWithdrawn(Consumer<? super ProposalWithdrawn> listener) {
    return on(ProposalWithdrawn.class, listener);
  }

  /**
   * Listens for {@link ProposalDecided}: a proposal was decided.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalDecided(Consumer<? super ProposalDecided> listener) {
    return on(ProposalDecided.class, listener);
  }

  /**
   * Listens for {@link MeetingPlanChanged}: the meeting plan changed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMeetingPlanChanged(Consumer<? super MeetingPlanChanged> listener) {
    return on(MeetingPlanChanged.class, listener);
  }

  /**
   * Listens for {@link GovernanceSettingsChanged}: the governance settings changed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGovernanceSettingsChanged(
      Consumer<? super GovernanceSettingsChanged> listener) {
    return on(GovernanceSettingsChanged.class, listener);
  }

  /**
   * Listens for {@link SessionScheduled}: a session was scheduled.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSessionScheduled(Consumer<? super SessionScheduled> listener) {
    return on(SessionScheduled.class, listener);
  }

  /**
   * Listens for {@link FacilitationVolunteered}: a member volunteered to facilitate.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFacilitationVolunteered(
      Consumer<? super FacilitationVolunteered> listener) {
    return on(FacilitationVolunteered.class, listener);
  }

  /**
   * Listens for {@link SessionStarted}: a session started.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSessionStarted(Consumer<? super SessionStarted> listener) {
    return on(SessionStarted.class, listener);
  }

  /**
   * Listens for {@link FacilitatorHandedOver}: facilitation was handed over.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFacilitatorHandedOver(Consumer<? super FacilitatorHandedOver> listener) {
    return on(FacilitatorHandedOver.class, listener);
  }

  /**
   * Listens for {@link AttendanceRecorded}: attendance was recorded.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onAttendanceRecorded(Consumer<? super AttendanceRecorded> listener) {
    return on(AttendanceRecorded.class, listener);
  }

  /**
   * Listens for {@link ContributionRecorded}: a contribution was recorded in a session.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionRecorded(Consumer<? super ContributionRecorded> listener) {
    return on(ContributionRecorded.class, listener);
  }

  /**
   * Listens for {@link SessionClosed}: a session closed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSessionClosed(Consumer<? super SessionClosed> listener) {
    return on(SessionClosed.class, listener);
  }

  /**
   * Listens for {@link ProposalClosingSoon}: an open proposal closes soon; the event names who has
   * not taken a stance, for the host to remind them.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalClosingSoon(Consumer<? super ProposalClosingSoon> listener) {
    return on(ProposalClosingSoon.class, listener);
  }

  /**
   * Listens for {@link ProposalExpired}: an open proposal passed its deadline, not adopted.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalExpired(Consumer<? super ProposalExpired> listener) {
    return on(ProposalExpired.class, listener);
  }

  /**
   * Listens for {@link ReviewDue}: a decision or clause is due for the review the group set.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onReviewDue(Consumer<? super ReviewDue> listener) {
    return on(ReviewDue.class, listener);
  }

  /**
   * Listens for {@link ProposalRevised}: an open proposal was revised.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProposalRevised(Consumer<? super ProposalRevised> listener) {
    return on(ProposalRevised.class, listener);
  }

  /**
   * Listens for {@link ObjectionIntegrated}: an objection's author said a revision integrated it.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onObjectionIntegrated(Consumer<? super ObjectionIntegrated> listener) {
    return on(ObjectionIntegrated.class, listener);
  }

  /**
   * Listens for {@link ObjectionWithdrawn}: an objection's author withdrew it.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onObjectionWithdrawn(Consumer<? super ObjectionWithdrawn> listener) {
    return on(ObjectionWithdrawn.class, listener);
  }

  /**
   * Listens for {@link DeadlineExtended}: a late decision moved a proposal's deadline.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onDeadlineExtended(Consumer<? super DeadlineExtended> listener) {
    return on(DeadlineExtended.class, listener);
  }

  /**
   * Listens for {@link GuidelineVersionScheduled}: an adopted guideline version is to take effect
   * later.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGuidelineVersionScheduled(
      Consumer<? super GuidelineVersionScheduled> listener) {
    return on(GuidelineVersionScheduled.class, listener);
  }

  /**
   * Listens for {@link ScheduledVersionCancelled}: a reconsideration cancelled a scheduled
   * guideline version.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onScheduledVersionCancelled(
      Consumer<? super ScheduledVersionCancelled> listener) {
    return on(ScheduledVersionCancelled.class, listener);
  }

  /**
   * Listens for {@link PollOpened}: a peer opened a non-binding poll.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPollOpened(Consumer<? super PollOpened> listener) {
    return on(PollOpened.class, listener);
  }

  /**
   * Listens for {@link PollAnswered}: a member answered a poll, or changed their answer.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPollAnswered(Consumer<? super PollAnswered> listener) {
    return on(PollAnswered.class, listener);
  }

  /**
   * Listens for {@link PollClosed}: a poll closed, with its result.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPollClosed(Consumer<? super PollClosed> listener) {
    return on(PollClosed.class, listener);
  }

  /**
   * Listens for {@link SelectionOpened}: a peer opened the selection of a role.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onSelectionOpened(Consumer<? super SelectionOpened> listener) {
    return on(SelectionOpened.class, listener);
  }

  /**
   * Listens for {@link NominationMade}: a peer nominated a member for a role, before the reveal.
   * The nominee is in the event; a host shows members who nominated, not whom, until the reveal.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onNominationMade(Consumer<? super NominationMade> listener) {
    return on(NominationMade.class, listener);
  }

  /**
   * Listens for {@link NominationsRevealed}: the nominations of a role's selection were revealed;
   * its change round began.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onNominationsRevealed(Consumer<? super NominationsRevealed> listener) {
    return on(NominationsRevealed.class, listener);
  }

  /**
   * Listens for {@link NominationChanged}: a peer changed their nomination in a selection's change
   * round.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onNominationChanged(Consumer<? super NominationChanged> listener) {
    return on(NominationChanged.class, listener);
  }

  /**
   * Listens for {@link RoleTermStarted}: a member began a term in a role, by a decision.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleTermStarted(Consumer<? super RoleTermStarted> listener) {
    return on(RoleTermStarted.class, listener);
  }

  /**
   * Listens for {@link RoleTermEnded}: a member's term in a role ended: it ran its length, or a
   * successor was selected.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onRoleTermEnded(Consumer<? super RoleTermEnded> listener) {
    return on(RoleTermEnded.class, listener);
  }

  /**
   * Listens for {@link ProxyGranted}: a peer granted a proxy to another peer.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProxyGranted(Consumer<? super ProxyGranted> listener) {
    return on(ProxyGranted.class, listener);
  }

  /**
   * Listens for {@link ProxyRevoked}: the grantor of a proxy revoked it.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProxyRevoked(Consumer<? super ProxyRevoked> listener) {
    return on(ProxyRevoked.class, listener);
  }

  /**
   * Listens for {@link ActionItemAgreed}: a peer agreed an action item and offered it to its owner.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemAgreed(Consumer<? super ActionItemAgreed> listener) {
    return on(ActionItemAgreed.class, listener);
  }

  /**
   * Listens for {@link ActionItemAccepted}: the owner of an action item accepted it, and holds it
   * from now on.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemAccepted(Consumer<? super ActionItemAccepted> listener) {
    return on(ActionItemAccepted.class, listener);
  }

  /**
   * Listens for {@link ActionItemCompleted}: the owner of an action item said it is done.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemCompleted(Consumer<? super ActionItemCompleted> listener) {
    return on(ActionItemCompleted.class, listener);
  }

  /**
   * Listens for {@link ActionItemReleased}: the owner of an action item declined it or gave it
   * back.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemReleased(Consumer<? super ActionItemReleased> listener) {
    return on(ActionItemReleased.class, listener);
  }

  /**
   * Listens for {@link ActionItemOverdue}: a deadline check found an assigned action item overdue.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemOverdue(Consumer<? super ActionItemOverdue> listener) {
    return on(ActionItemOverdue.class, listener);
  }

  /**
   * Listens for {@link ContributionFlagged}: a member flagged a contribution, with their reason.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionFlagged(Consumer<? super ContributionFlagged> listener) {
    return on(ContributionFlagged.class, listener);
  }

  /**
   * Listens for {@link ContributionHeld}: a contribution's flags reached the group's threshold and
   * it is held: hide it pending a review.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onContributionHeld(Consumer<? super ContributionHeld> listener) {
    return on(ContributionHeld.class, listener);
  }

  /**
   * Listens for {@link HoldReviewed}: a facilitator reviewed a hold: kept (keep the contribution
   * hidden) or released (show it again).
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onHoldReviewed(Consumer<? super HoldReviewed> listener) {
    return on(HoldReviewed.class, listener);
  }

  /**
   * Listens for {@link MemberPaused}: a decision paused a member's membership, with the group's
   * reason and the end date: tell the member.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMemberPaused(Consumer<? super MemberPaused> listener) {
    return on(MemberPaused.class, listener);
  }

  /**
   * Listens for {@link PauseEnded}: a member's pause ended, at its end date or early by a decision:
   * tell the member.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPauseEnded(Consumer<? super PauseEnded> listener) {
    return on(PauseEnded.class, listener);
  }
}
