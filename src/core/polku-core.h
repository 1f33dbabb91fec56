/* polku-core.h: the journey model, its files and vocabulary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-types.h"
#include "polku-enums.h"
#include "polku-error.h"
#include "polku-i18n.h"
#include "polku-document.h"
#include "polku-scale.h"
#include "polku-journey.h"
#include "polku-metrics.h"
#include "polku-phase.h"
#include "polku-step.h"
#include "polku-touchpoint.h"
#include "polku-reader.h"
#include "polku-writer.h"
#include "polku-file-write.h"
#include "polku-process.h"
#include "polku-command.h"
#include "polku-undo-stack.h"
#include "polku-template.h"
#include "polku-walk.h"
#include "polku-duplicate.h"
#include "polku-journey-monitor.h"
#include "polku-navigation.h"
#include "polku-slides.h"
#include "polku-find.h"
#include "polku-document-io.h"
#include "polku-drafts.h"
#include "polku-session.h"
#include "polku-describe.h"
