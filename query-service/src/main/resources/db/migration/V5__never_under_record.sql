-- Never under-record a child's risk (issue 7) and coded equality data (issue 11 item 5): what the case status and
-- the case list keep of the judgement, the flags, who completes an assessment and discarded drafts.

alter table case_status_assessment
    add column last_authorised_level        varchar(10),
    add column response_level               varchar(10),
    add column recommended_actions          jsonb,
    add column below_floor_with_indicators  boolean not null default false,
    add column step_down                    boolean not null default false,
    add column learning_difficulty_confirmed varchar(10),
    add column completed_by                 jsonb,
    add column authorised_level             varchar(10),
    add column level_rationale              text,
    add column discarded_reason             text,
    add column discarded_by                 varchar(100),
    add column discarded_at                 timestamptz;

-- Authorised before this revision: the authorised level was the assessed level.
update case_status_assessment set authorised_level = assessed_level where status = 'AUTHORISED';

-- The child's details as revision 2 of the events has them: true/false become YES/NO, the census codes were not
-- recorded (the same reading as the event upcasters).
update case_status
set child = child
    || jsonb_build_object('learningDifficulty',
           case child -> 'learningDifficulty' when 'true'::jsonb then '"YES"'::jsonb when 'false'::jsonb then '"NO"'::jsonb
               else child -> 'learningDifficulty' end)
    || jsonb_build_object('childProtectionPlan',
           case child -> 'childProtectionPlan' when 'true'::jsonb then '"YES"'::jsonb when 'false'::jsonb then '"NO"'::jsonb
               else child -> 'childProtectionPlan' end)
    || jsonb_build_object('genderCode', coalesce(child -> 'genderCode', 'null'::jsonb),
                          'ethnicityCode', coalesce(child -> 'ethnicityCode', 'null'::jsonb),
                          'disabilityCodes', coalesce(child -> 'disabilityCodes', '[]'::jsonb))
where child is not null and jsonb_typeof(child -> 'learningDifficulty') = 'boolean';

-- Stored outcomes gain what the rules now say (not known before: null, false, none).
update case_status_assessment
set outcome = outcome || '{"learningDifficulty": null, "floorWithIndicators": false,
                           "learningDifficultyToConfirm": false, "responses": {}}'::jsonb
where outcome is not null and not outcome ? 'responses';

-- The manager's queue shows the judgement beside the suggestion, and the flags.
alter table case_summary
    add column assessed_level              varchar(10),
    add column below_floor_with_indicators boolean not null default false,
    add column step_down                   boolean not null default false;

update case_summary s
set assessed_level = a.assessed_level
from case_status_assessment a
where a.assessment_id = s.current_assessment_id;
