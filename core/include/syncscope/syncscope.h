#pragma once

// Everything of the Syncscope client SDK.
#include <syncscope/app.h>
#include <syncscope/errors.h>
#include <syncscope/realm.h>
#include <syncscope/syncsession.h>
#include <syncscope/types.h>
#include <syncscope/user.h>
