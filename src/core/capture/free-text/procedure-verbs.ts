/** Verbs common in procedures, in their base form: a step starting with one is an instruction. */
export const PROCEDURE_VERBS: ReadonlySet<string> = new Set(
  (
    "deal introduce meet accept access acknowledge add adjust agree allocate announce answer apply approve archive arm " +
    "arrange ask assign attach back backup bill bin block book brief bring build buy buzz calculate " +
    "call cancel capture carry change charge chase check chill choose clean clear click close " +
    "collect comment commit compare complete configure confirm connect contact convert cool copy " +
    "correct count cover create cut date debit debrief decide declare defrost delete deliver deploy " +
    "describe dial disable disarm discard discuss dispatch dispense do double-check download draft " +
    "drop dry edit email empty enable end enter escalate estimate explain export file fill filter " +
    "find finish fit fix flag follow forward freeze generate get give go grant greet hand hand-over " +
    "handle handover have heat help hold import inform initial inspect install introduce invite " +
    "invoice issue keep key knock label launch leave lift link list load lock log look mail make " +
    "mark match measure merge message mix monitor mop move name note notify offer open order pack " +
    "page patch pay phone photograph ping place plan plug post pour prepare press print probe " +
    "process publish pull push put quarantine raise read reboot receive reconcile record refund " +
    "register reject release remind remove rename renew reopen repeat replace reply report request " +
    "reseat reset resolve restart restore return review revoke ring rinse roll rotate run save scan " +
    "schedule seal search select sell send set settle share ship show shut sign snapshot sort spin " +
    "split stamp start sterilise sterilize stick stop store submit swab sweep switch sync tag take " +
    "talk tape tell test text thaw tick top track transfer triage turn type unload unlock unplug " +
    "update upload use validate verify visit vortex wait walk wash watch wear weigh wipe wrap write "
  )
    .trim()
    .split(" "),
);
