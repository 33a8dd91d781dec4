#!/usr/bin/env python3
"""Deterministic generator for the TosScan training clause corpus.

Two sources are merged:
  * hand-written clauses in tools/hand/*.txt  (format: TAGS | text)
  * clauses composed here from hand-written fragments (fixed seed)

TAGS is a comma list of: CO (content_ownership), IR (indefinite_retention),
TM:in / TM:out / TM:none (third_party_marketing + consent), PO (protects_ownership),
BR (bounded_retention), NM (no_marketing_sharing), or '-' for no label.
Labels of composed clauses are the union of the labels of the fragments used.
Run:  python3 corpus/clauses/tools/generate.py   (writes corpus/clauses/*.jsonl)
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 20240611
R = random.Random(SEED)

RISK = {"CO": "content_ownership", "IR": "indefinite_retention", "TM": "third_party_marketing"}
PROT = {"PO": "protects_ownership", "BR": "bounded_retention", "NM": "no_marketing_sharing"}
CONS = {"in": "opt_in", "out": "opt_out", "none": "none"}


def parse_tags(tags):
    labels, prot, consent = set(), set(), None
    for t in [x.strip() for x in tags.split(",") if x.strip() and x.strip() != "-"]:
        if t.startswith("TM"):
            labels.add(RISK["TM"])
            consent = CONS[t.split(":")[1]] if ":" in t else "none"
        elif t in RISK:
            labels.add(RISK[t])
        elif t in PROT:
            prot.add(PROT[t])
        else:
            raise ValueError("bad tag %r" % t)
    return labels, prot, consent


def c(*opts):
    return R.choice(opts)


BRANDS = ["we", "we", "we", "{B}"]
BRAND_NAMES = ["Chirply", "Loopster", "PixelNest", "Hangwire", "Snapwave", "TalkTree", "Moodboard",
               "Kindred", "Glimmr", "Sparkline", "Threadly", "Vibe Social", "Pebble", "Nookly",
               "FrameShare", "the Company", "the Platform", "Zestio", "Orbit Chat", "Bramble"]


def fill(s):
    b = R.choice(BRAND_NAMES)
    s = s.replace("{B}", b)
    s = s.replace("{b_poss}", b + "'s" if not b.startswith("the ") else b + "'s")
    return s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def tidy(s):
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,.;:])", r"\1", s)
    s = s.replace(",,", ",").replace("..", ".")
    # capitalise after sentence ends
    s = re.sub(r"([.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)
    return cap(s)

# ---------------------------------------------------------------- shared decoration
HEAD_OWN = ["", "", "", "", "Your Content. ", "User Content. ", "Licence to Your Content. ", "License Grant. ",
            "4.2 Content You Post. ", "Rights You Grant Us: ", "Content and Intellectual Property\n",
            "5. USER SUBMISSIONS. ", "Ownership of Content - ", "Your Posts and Photos. ", "(b) Licence. ",
            "Permissions you give us. ", "Section 7 - User Generated Content. ", "Uploads. "]
HEAD_RET = ["", "", "", "", "Data Retention. ", "How long we keep your information. ", "Retention: ",
            "8. RETENTION OF DATA. ", "Storage and Deletion. ", "Deleting your account. ", "Backups. ",
            "How Long We Keep Information\n", "Retention Period - ", "Data Storage. ", "Account Deletion: "]
HEAD_MKT = ["", "", "", "", "Advertising Partners. ", "Sharing With Third Parties. ", "Marketing. ",
            "How we share information. ", "Third-Party Advertising\n", "6.3 Disclosure to Partners. ",
            "Interest-Based Advertising. ", "Cookies and Similar Technologies. ", "Business Partners: ",
            "Sale of Information. ", "Advertisers - ", "Information Sharing. ", "Online Tracking. "]

FILLER_OWN = ["This section explains the rights you give us when you use the Service.",
              "Please read this section carefully.",
              "You are responsible for the content you post and for any consequences of posting it.",
              "You represent that you have all rights necessary to post your content.",
              "Content includes text, photos, videos, audio, comments and any other material.",
              "We may, but are not obliged to, review content before it is posted.",
              "You should only upload content that you are comfortable sharing.",
              "You must not post content that infringes anyone else's rights.",
              "Some features let you choose who can see what you post."]
FILLER_RET = ["This section describes how we store your information.",
              "We store information on servers located in the United States and other countries.",
              "The information we keep depends on how you use our services.",
              "You can review and edit much of your information in your account settings.",
              "We use reasonable technical and organisational measures to protect stored data.",
              "Some information, such as your public posts, may be seen by other users.",
              "Please contact us if you have questions about this section.",
              "Retention periods vary depending on the type of information."]
FILLER_MKT = ["We want you to understand how and why we share information.",
              "We do not control the privacy practices of third parties.",
              "This section should be read together with our Cookie Policy.",
              "The categories of information involved are described above.",
              "Third parties have their own privacy policies, which we encourage you to read.",
              "We are funded in part by advertising.",
              "The types of ads you see may vary over time.",
              "We may update the list of partners from time to time."]


NOHEAD = [False]


def decorate(core, heads, fillers, p_pre=0.2, p_post=0.2, p_caps=0.04):
    s = core
    if R.random() < p_pre:
        s = R.choice(fillers) + " " + s
    if R.random() < p_post:
        s = s + " " + R.choice(fillers)
    h = "" if NOHEAD[0] else R.choice(heads)
    s = tidy(fill(s))
    if R.random() < p_caps:
        s = s.upper()
    return (h + s) if h else s

# ================================================================ OWNERSHIP
OWN_INTRO = ["By posting, uploading, or otherwise submitting Content to the Service,",
             "When you share, post or upload content that is covered by intellectual property rights (like photos or videos) on or in connection with our services,",
             "By making any User Content available through the Services,",
             "In exchange for the right to use {B},", "With respect to any Content you submit,",
             "By submitting Submissions to {B},", "If you post content on our Platform,",
             "When you upload photos, videos, text or other materials,",
             "By using the Service and sending us content,", "", "", ""]
GRANT = ["hereby grant", "grant", "give", "hereby confer on", "agree to grant", "automatically grant"]
RECIP = ["us", "{B}", "{B} and its affiliates", "us and our successors and assigns", "the Company",
         "{B}, its parent, affiliates and licensees", "us and our designees"]
ATTR_RISKY = ["perpetual", "irrevocable", "sublicensable", "sub-licensable", "transferable", "assignable",
              "perpetual", "irrevocable"]
ATTR_NEUTRAL = ["worldwide", "non-exclusive", "royalty-free", "fully paid-up", "world-wide", "fully-paid"]
RIGHTS = ["to use, reproduce, modify, adapt, publish, translate, create derivative works from, distribute, perform and display",
          "to host, store, use, display, reproduce, modify, adapt, edit, publish and distribute",
          "to use, copy, modify, publicly display, publicly perform, and distribute",
          "to exploit, in any manner whatsoever,", "to use, reproduce, distribute, prepare derivative works of, display, and perform",
          "to store, copy, edit, translate, reformat and commercially exploit",
          "to use, copy, sell, license, distribute and otherwise exploit"]
OBJ = ["such Content", "your User Content", "any Content you post", "that content", "your Submissions",
       "all photos, videos, comments and other materials you provide", "your content", "any material you upload",
       "your posts, images and profile information"]
MEDIA = ["", "", " in any media formats and through any media channels", " in any form, medium or technology now known or later developed",
         " throughout the universe", " in all media"]
PURP_RISKY = [" for any purpose, commercial, advertising or otherwise", " including in advertisements and marketing materials",
              " for the purpose of promoting {B} and its partners", " for any commercial purpose without compensation to you",
              " in connection with the Service and our business, including for promoting and redistributing part or all of the Service (and derivative works thereof)",
              " and to use your content in ads and sponsored features"]
PURP_NEUTRAL = ["", "", " in connection with operating the Service", " as described in these Terms"]
SURVIVE = [" This licence survives the termination of your account.",
           " The rights granted above continue even after you delete your Content or stop using the Service.",
           " This license will continue in full force after you remove your content from the Service.",
           " These rights survive any termination of this Agreement.",
           " You acknowledge that we may continue to use such content after your account is closed."]
LIC = ["licence", "license", "right and license", "licence and right", "right", "license and permission"]


def own_grant(force_risk=True):
    n_r = R.choice([0, 1, 1, 2, 2, 3])
    attrs = R.sample(ATTR_NEUTRAL, R.choice([1, 2, 3])) + R.sample(sorted(set(ATTR_RISKY)), n_r)
    R.shuffle(attrs)
    purp = R.choice(PURP_RISKY) if R.random() < 0.35 else R.choice(PURP_NEUTRAL)
    surv = R.choice(SURVIVE) if R.random() < 0.25 else ""
    risky = n_r > 0 or purp in PURP_RISKY or surv
    if not risky:
        attrs.append(R.choice(["perpetual", "irrevocable", "transferable", "sublicensable"]))
    art = "an" if attrs[0][0] in "aeiou" else "a"
    intro = R.choice(OWN_INTRO)
    subj = "you " if intro else "You "
    s = "%s %s%s %s %s %s %s %s %s%s%s.%s" % (intro, subj, R.choice(GRANT), R.choice(RECIP), art, ", ".join(attrs),
                                        R.choice(LIC), R.choice(RIGHTS), R.choice(OBJ), R.choice(MEDIA), purp, surv)
    return s


OWN_CLAIM = ["All {obj} submitted to the Service shall become and remain the sole and exclusive property of {B}.",
             "{B} owns all right, title and interest in and to any {obj} posted on the Platform.",
             "You hereby assign to {B} all right, title and interest, including all intellectual property rights, in {obj}.",
             "Any {obj} you transmit to us will be treated as non-confidential and non-proprietary and will become our property.",
             "Upon submission, {obj} becomes the property of {B}, and we may use it in any way we choose without compensation to you.",
             "You agree that {B} is the owner of {obj} and may use it for any purpose.",
             "By uploading {obj}, you transfer ownership of it to {B}.",
             "{B} shall own exclusively all rights in {obj}, whether now known or hereafter recognised."]
CLAIM_OBJ = ["all content", "any photos and videos", "your User Content", "all Submissions", "any material you upload",
             "all contest entries", "all user-generated content", "everything you post"]
MORAL = ["To the extent permitted by law, you waive any moral rights (or similar rights, such as rights of attribution or integrity) you may have in {obj}.",
         "You irrevocably waive, and agree not to assert, any moral rights you may have in {obj}.",
         "You waive all so-called moral rights in {obj}, including the right to be identified as its author.",
         "You agree that we may edit, crop or alter {obj} without attribution, and you waive any moral rights in it.",
         "Where moral rights cannot be assigned, you consent to any act or omission by {B} that would otherwise infringe your moral rights in {obj}."]
LIKENESS = ["You give us permission to use your name, profile picture and content in connection with ads, sponsored content or promotions that we display, without any compensation to you.",
            "We may display your username, photo and posts alongside advertisements, and you will not be paid for such use.",
            "You agree that {B} may feature your public posts and profile photo in marketing campaigns for the Service.",
            "You authorise us to use your likeness, voice and content in promotional materials in any media, without compensation.",
            "Businesses may pay us to show your name and profile picture next to their ads, and you consent to this use of your content."]
PO_SENT = ["You retain all of your ownership rights in {obj}.", "You keep ownership of {obj}.",
           "{B} does not claim ownership of {obj}.", "We don't own your content; you do.",
           "As between you and us, you own {obj}.", "Your content remains yours.",
           "You retain full ownership of all intellectual property rights in {obj}.",
           "Nothing in these Terms transfers ownership of {obj} to us.",
           "We do not claim any ownership rights in the text, files, images, photos, video, sounds or other materials you post.",
           "You own the content you create, and you keep all rights in it."]
PO_EXTRA = ["We will never sell {obj} or use it in ads without asking you first.",
            "We will not use {obj} in advertising without your express permission.",
            "You can delete {obj} at any time, and our rights to it end when you do."]
HOWEVER = ["However,", "But", "That said,", "Nevertheless,", "In order to provide the Service, though,", "At the same time,", ""]
LIMITED_LIC = ["you grant us a {neut} licence to host, store, reproduce and display {obj} solely for the purpose of operating, providing and improving the Service.",
               "you give {B} a {neut} permission to store and display {obj} only as needed to run the Service and show it to the people you choose.",
               "you grant us a {neut} license to use {obj} only to provide the Services to you.",
               "you allow us to copy, format and transmit {obj} solely as necessary to make the Service work."]
LIMITED_END = ["", "", " This licence ends when you delete your content or your account.",
               " The licence terminates when your content is removed from the Service.",
               " This permission ends once you delete the content, subject to a short period needed to remove it from our systems."]
USER_LIC = ["Subject to your compliance with these Terms, {B} grants you a limited, non-exclusive, non-transferable, non-sublicensable, revocable licence to download and use the App on a device you own or control, solely for your personal, non-commercial use.",
            "We grant you a personal, worldwide, royalty-free, non-assignable and non-exclusive license to use the software provided to you as part of the Services.",
            "{B} gives you a revocable, non-transferable licence to access the Service for your own personal use.",
            "You are granted a limited license to access and make personal use of the Site and not to download or modify it, except with our express written consent.",
            "We give you permission to use our stickers and emojis in your posts on the Service, but not elsewhere.",
            "This licence to use the App is for the sole purpose of enabling you to use and enjoy the benefit of the Services as provided by {B}.",
            "Subject to these Terms, we grant you a non-exclusive, non-transferable licence to view and share content made available through the Service."]
PROVIDER_IP = ["The Service and its original content (excluding content provided by users), features and functionality are and will remain the exclusive property of {B} and its licensors.",
               "All trademarks, logos and service marks displayed on the Service are the property of {B} or third parties and may not be used without permission.",
               "The {B} name and logo are trademarks of {B}; nothing in these Terms gives you a right to use them.",
               "The software, design and layout of the Platform are protected by copyright, trademark and other laws.",
               "Except for User Content, all materials on the Service are owned by or licensed to us.",
               "You may not copy, modify or reverse engineer any part of our software unless the law allows it."]
USER_RESP = ["You are solely responsible for {obj} and represent that you have all rights necessary to post it.",
             "You must not post {obj} unless you own it or have permission to share it.",
             "If you choose to publish your work under a Creative Commons licence, that licence governs how other users may reuse it.",
             "Other users may share {obj} that you make public, subject to your privacy settings.",
             "We may remove {obj} if it violates these Terms or the law.",
             "You can download a copy of {obj} at any time from your settings."]
NEUT_ATTR = ["non-exclusive, royalty-free, worldwide", "limited, non-exclusive", "worldwide, royalty-free", "non-exclusive, revocable",
             "limited", "non-exclusive, non-transferable, revocable"]


def own_obj():
    return R.choice(CLAIM_OBJ + OBJ)


def gen_ownership():
    kind = R.random()
    if kind < 0.45:
        return decorate(own_grant(), HEAD_OWN, FILLER_OWN), "CO"
    if kind < 0.58:
        return decorate(R.choice(OWN_CLAIM).replace("{obj}", R.choice(CLAIM_OBJ)), HEAD_OWN, FILLER_OWN), "CO"
    if kind < 0.68:
        return decorate(R.choice(MORAL).replace("{obj}", own_obj()), HEAD_OWN, FILLER_OWN), "CO"
    if kind < 0.76:
        return decorate(R.choice(LIKENESS), HEAD_OWN, FILLER_OWN), "CO"
    # combos: retain ownership + risky licence
    po = R.choice(PO_SENT).replace("{obj}", own_obj())
    g = own_grant().strip()
    hw = R.choice(HOWEVER)
    g2 = g[0].lower() + g[1:] if hw else g
    return decorate(po + " " + hw + " " + g2, HEAD_OWN, FILLER_OWN, 0.1, 0.1), "CO,PO"


def gen_po():
    po = R.choice(PO_SENT).replace("{obj}", own_obj())
    k = R.random()
    if k < 0.35:
        s = po
    elif k < 0.75:
        hw = R.choice(["", "However, to run the Service,", "To operate the Service,", "In order to display it,"])
        lic = R.choice(LIMITED_LIC).replace("{neut}", R.choice(NEUT_ATTR)).replace("{obj}", R.choice(OBJ))
        if not hw:
            lic = cap(lic)
        s = po + " " + hw + " " + lic + R.choice(LIMITED_END)
    else:
        s = po + " " + R.choice(PO_EXTRA).replace("{obj}", R.choice(OBJ))
    return decorate(s, HEAD_OWN, FILLER_OWN, 0.15, 0.15), "PO"


def gen_own_neg():
    k = R.random()
    if k < 0.4:
        s = cap(R.choice(["By posting content, ", "When you upload content, ", "", ""]) +
                R.choice(LIMITED_LIC).replace("{neut}", R.choice(NEUT_ATTR)).replace("{obj}", R.choice(OBJ))) + R.choice(LIMITED_END)
        s = s.replace(", you", ", you")
    elif k < 0.6:
        s = R.choice(USER_LIC)
    elif k < 0.8:
        s = R.choice(PROVIDER_IP)
    else:
        s = R.choice(USER_RESP).replace("{obj}", R.choice(OBJ))
    return decorate(s, HEAD_OWN, FILLER_OWN, 0.2, 0.2), "-"

# ================================================================ RETENTION
RET_SUBJ = ["we", "we", "{B}", "we and our service providers", "our systems"]
RET_VERB = ["may retain", "may keep", "may store", "will retain", "reserve the right to retain", "may archive",
            "may continue to store", "may preserve", "can keep", "retain"]
RET_DATA = ["your personal information", "your content", "information about you", "your messages and posts",
            "the data we collect", "usage logs and device information", "your account information",
            "photos and videos you upload", "your search history", "records of your activity",
            "personal data", "information you provide to us", "your profile data"]
INDEF = ["indefinitely", "permanently", "for an indefinite period", "for as long as we deem appropriate",
         "for as long as we consider it commercially useful", "for as long as we see fit",
         "until we decide it is no longer needed", "without any time limit", "even after you close your account",
         "at our sole discretion", "for as long as it is useful to our business", "for an unspecified period of time",
         "for as long as we wish", "even after you delete it from your profile", "for as long as we have a legitimate business interest in doing so",
         "for future use", "in perpetuity"]
RESID = ["residual copies may remain in our backup systems indefinitely",
         "copies of it may remain in cached or archived pages",
         "it may persist in backup copies for a reasonable period of time, which we do not specify",
         "we may continue to store it on our servers", "we are not obliged to remove it from our archives",
         "it may remain in our backups and logs and will not necessarily be erased",
         "we may retain a copy for our records",
         "some information may remain in our systems after deletion",
         "removed content may continue to exist in backup copies"]
DEL_TRIG = ["When you delete content,", "If you delete your account,", "After you remove a post,", "Even if you deactivate your account,",
            "Where you ask us to delete your data,", "Once your account is closed,", "If you delete a message,"]
BR_VERB = ["we delete", "we will permanently delete", "we erase", "we remove", "we anonymise", "we will delete or anonymise",
           "we automatically delete", "we purge"]
PERIODS = ["within 30 days", "within 14 days", "within 90 days", "after 6 months", "within 60 days", "within 48 hours",
           "after 12 months", "within one year", "no later than 180 days", "within 7 days", "within 24 months",
           "after 13 months", "within 35 days", "within 3 months", "after two years"]
BR_TRIG = ["of your request", "of account closure", "after you delete your account", "of the date it was collected",
           "after your last login", "of cancellation", "after the end of your subscription", "of the deletion request",
           ""]
BR_FIXED = ["{data} are kept for {n} and then deleted or anonymised.",
            "We keep {data} for no longer than {n}.",
            "Server logs, including IP addresses, are retained for {n} and then automatically erased.",
            "Backups are overwritten on a rolling basis, so deleted data disappears from them within {n}.",
            "Deleted posts stay in a recoverable trash folder for {n}, after which they are permanently removed.",
            "{data} will be stored for a maximum of {n}.",
            "We retain {data} for a fixed period of {n}, after which it is securely destroyed.",
            "After {n} of inactivity, we delete inactive accounts and the data associated with them."]
NPERIOD = ["30 days", "90 days", "six months", "12 months", "two years", "14 days", "one year", "180 days", "18 months",
           "60 days", "three years", "24 hours", "seven days"]
NEUT_RET = ["We keep {data} for as long as your account is active.",
            "We retain {data} for as long as necessary to provide the Service to you.",
            "We may keep {data} where required by applicable law.",
            "We retain {data} as long as needed to fulfil the purposes described in this Privacy Policy, unless a longer period is required by law.",
            "{data} are retained only as long as needed to provide our services, comply with legal obligations, resolve disputes and enforce our agreements.",
            "We store {data} while you use the Service.",
            "If we are legally required to keep {data}, for example for tax or accounting purposes, we will keep it for the period the law requires.",
            "We may preserve {data} if we receive a valid legal request, such as a preservation order.",
            "How long we keep {data} depends on the nature of the information and why we collected it.",
            "We keep transaction records for the period required by tax law.",
            "You can delete {data} at any time using the tools in your account.",
            "We keep {data} as long as you keep your account, so that we can provide you with the features you use."]


def ret_data():
    return R.choice(RET_DATA)


def gen_ir():
    k = R.random()
    if k < 0.5:
        s = "%s %s %s %s." % (R.choice(RET_SUBJ), R.choice(RET_VERB), ret_data(), R.choice(INDEF))
    elif k < 0.8:
        s = "%s %s." % (R.choice(DEL_TRIG), R.choice(RESID))
    elif k < 0.9:
        # neutral retention + risky tail
        s = R.choice(NEUT_RET[:3]).replace("{data}", ret_data()) + " " + R.choice([
            "We may also keep it indefinitely for analytics and product development.",
            "After that, we may continue to retain it for as long as we find it useful.",
            "However, some data may be kept permanently in our archives.",
            "Backup copies may be retained indefinitely."])
    else:
        s = R.choice(["Please note that we have no obligation to delete {data} from our archives.",
                      "We do not guarantee that {data} will ever be completely removed from our servers.",
                      "Information you share in public areas may be archived by us permanently.",
                      "We may maintain {data} in our records after termination for as long as we determine is appropriate."]).replace("{data}", ret_data())
    return decorate(s, HEAD_RET, FILLER_RET), "IR"


def gen_br():
    k = R.random()
    if k < 0.5:
        s = "%s %s %s %s." % (R.choice(["", "", "Upon request,", "Once your account is deleted,"]), R.choice(BR_VERB), ret_data(), R.choice(PERIODS) + " " + R.choice(BR_TRIG))
    elif k < 0.85:
        s = R.choice(BR_FIXED).replace("{data}", ret_data()).replace("{n}", R.choice(NPERIOD))
    else:
        s = R.choice(NEUT_RET[:2]).replace("{data}", ret_data()) + " " + R.choice([
            "When you close your account, we delete it within %s." % R.choice(NPERIOD),
            "After account closure, we keep it for no more than %s." % R.choice(NPERIOD),
            "Deleted items are purged from our backups within %s." % R.choice(NPERIOD)])
    return decorate(s, HEAD_RET, FILLER_RET, 0.15, 0.15), "BR"


def gen_ir_br():
    s = R.choice(["When you delete your account, we delete your profile within %s, but copies may remain in our backups indefinitely.",
                  "Most data is erased within %s of deletion; however, we may keep some information permanently for our business purposes.",
                  "We remove deleted posts from public view immediately and from our active databases within %s. Archived copies may be retained for as long as we see fit.",
                  "Logs are deleted after %s. Content you post, however, may be kept indefinitely, even after you delete it."]) % R.choice(NPERIOD)
    return decorate(s, HEAD_RET, FILLER_RET, 0.1, 0.1), "IR,BR"


def gen_ret_neg():
    s = R.choice(NEUT_RET).replace("{data}", ret_data())
    return decorate(s, HEAD_RET, FILLER_RET, 0.2, 0.2), "-"

# ================================================================ MARKETING
SHARE_V = ["share", "disclose", "sell", "rent", "transfer", "make available", "provide", "license", "pass on", "share"]
MKT_SUBJ = ["we may", "we may", "{B} may", "we", "we and our affiliates may", "we also"]
MKT_DATA = ["your personal information", "information about you, such as your name, email address and interests",
            "your contact details", "device identifiers and information about your activity on our Service",
            "certain information we collect", "your profile information and usage data", "your email address",
            "information about your interests and demographics", "personal data", "your location and browsing history",
            "hashed email addresses and advertising IDs", "the information you provide when you register"]
MKT_RECIP = ["advertisers", "our advertising partners", "marketing partners", "our affiliates", "sponsors", "data brokers",
             "ad networks", "third-party vendors", "carefully selected third parties", "our business partners",
             "advertising technology companies", "retail partners", "other companies in our corporate group",
             "third parties, including advertisers", "list brokers", "co-marketing partners"]
MKT_PURP = ["for their own marketing purposes", "so that they can send you offers about their products and services",
            "to show you more relevant advertising", "to deliver targeted advertisements on our Service and elsewhere",
            "for interest-based advertising", "so they can contact you with promotions",
            "to help them target and measure their advertising campaigns", "for direct marketing purposes",
            "who may use it to market their products to you", "to personalise the ads you see across the web",
            "for advertising and marketing", "to build advertising profiles", "for remarketing purposes",
            "for their promotional purposes"]
AD_TECH = ["third-party advertising networks", "advertisers and ad-technology companies", "our advertising partners",
           "third parties such as Google and Meta", "analytics and advertising providers", "ad servers and exchanges",
           "social media platforms and ad networks"]
TRACKERS = ["cookies, web beacons and similar technologies", "cookies and pixels", "tracking pixels", "software development kits (SDKs)",
            "their own cookies", "web beacons, tags and scripts", "mobile SDKs and device identifiers", "cookies and clear GIFs"]
TRACK_PURP = ["to collect information about your activity over time and across websites for interest-based advertising",
              "to deliver ads tailored to your interests", "to serve you targeted advertising on other sites",
              "to build profiles of your interests and show you relevant ads", "for behavioural advertising and remarketing",
              "to show you ads for our services and other products on third-party sites",
              "so that they can recognise your device and display personalised ads"]
OPT_IN_PRE = ["With your consent,", "If you agree,", "Only if you opt in,", "Where you have given us permission,",
              "If you tick the box at sign-up,", "Subject to your prior consent,", "If you choose to allow it,"]
OPT_IN_POST = [", but only with your consent", ", where you have opted in to such sharing", ", if you have given us your express permission",
               " if you check the relevant box when you register", ", provided you have agreed to this"]
OPT_OUT = ["You can opt out of this sharing at any time in your account settings.",
           "To opt out of interest-based advertising, visit www.aboutads.info/choices or youronlinechoices.eu.",
           "If you prefer that we do not share your information in this way, email us at privacy@example.com.",
           "You may opt out by clicking the unsubscribe link in any partner email or by changing your privacy settings.",
           "You can turn off personalised ads in Settings > Privacy > Ads.",
           "Californian residents can opt out by clicking the \"Do Not Sell or Share My Personal Information\" link.",
           "You may limit this by resetting your advertising ID or turning on \"Limit Ad Tracking\" on your device.",
           "You can object to this use at any time through our cookie banner.",
           "To stop this, adjust your browser settings to reject third-party cookies or use the opt-out tools described below."]
NONE_POST = ["", "", "", " This may happen without further notice to you.", " These partners may combine it with other data they hold.",
             " They may also use it for their own purposes.", " We are not responsible for how they use it."]


def gen_tm():
    k = R.random()
    if k < 0.55:
        s = "%s %s %s with %s %s" % (R.choice(MKT_SUBJ), R.choice(SHARE_V), R.choice(MKT_DATA), R.choice(MKT_RECIP), R.choice(MKT_PURP))
        s = s.replace("sell " , "sell ").replace(" with ", " with ")
        if re.search(r"\b(sell|rent|transfer|provide|license|pass on|make available|disclose)\b", s):
            s = s.replace(" with ", " to ", 1)
    elif k < 0.85:
        s = "%s %s %s to use %s on our %s %s" % (R.choice(["We allow", "We permit", "We may allow", "{B} permits", "We work with and allow"]),
                                              R.choice(AD_TECH), "", R.choice(TRACKERS),
                                              R.choice(["Service", "websites and apps", "Platform", "sites", "apps"]), R.choice(TRACK_PURP))
        s = s.replace("allow ", "allow ").replace("lets ", "lets ")
    else:
        s = R.choice(["we use Google Analytics advertising features, including Remarketing and Demographics and Interest Reporting, and share data with Google to target our ads",
                      "we participate in ad networks that use information about your use of our Service to show you ads on other websites",
                      "when you enter a sweepstakes, we share your entry details with the sponsor, who may send you marketing material",
                      "we may upload hashed email addresses to social networks to create custom audiences for advertising",
                      "partners who sponsor a feature receive the contact details of users who interact with it, for their marketing",
                      "information about your purchases may be shared with brands we partner with so they can send you offers",
                      "our affiliates may use your information to market their own products and services to you",
                      "we may combine your information with data from data brokers and share the resulting profiles with advertisers"])
    consent = R.random()
    if consent < 0.3:
        s = R.choice(OPT_IN_PRE) + " " + s[0].lower() + s[1:] + "."
        tag = "TM:in"
    elif consent < 0.38:
        s = s + R.choice(OPT_IN_POST) + "."
        tag = "TM:in"
    elif consent < 0.68:
        s = s + ". " + R.choice(OPT_OUT)
        tag = "TM:out"
    else:
        s = s + "." + R.choice(NONE_POST)
        tag = "TM:none"
    return decorate(s, HEAD_MKT, FILLER_MKT), tag


NM_SENT = ["We do not {v} your personal information to third parties for their marketing purposes.",
           "We will never {v} your data to advertisers.", "{B} does not {v} personal information.",
           "We don't {v} your information with advertisers or data brokers.",
           "We have not sold or shared personal information for cross-context behavioural advertising in the past 12 months.",
           "We do not allow third-party advertising cookies or trackers on our Service.",
           "Your personal data is never {v}ed, rented or traded.",
           "We do not share your contact details with third parties so that they can market to you.",
           "We don't show ads based on your personal data, and we don't let advertisers collect data on our apps.",
           "We will not disclose your email address to any other company for marketing.",
           "Under no circumstances will we {v} your information to marketers.",
           "We do not use third-party ad networks, and no advertiser receives information that identifies you.",
           "None of your personal information is shared with sponsors or advertising partners.",
           "We do not engage in targeted advertising and do not sell data to data brokers."]
NM_V = ["sell", "rent", "share", "sell", "trade", "disclose"]


def gen_nm():
    v = R.choice(NM_V)
    s = R.choice(NM_SENT).replace("{v}ed", {"sell": "sold", "rent": "rented", "share": "shared", "trade": "traded", "disclose": "disclosed"}[v]).replace("{v}", v)
    s = s.replace("share your personal information to", "share your personal information with").replace("disclose your data to advertisers", "disclose your data to advertisers")
    s = s.replace("share your information to", "share your information with").replace("share your data to", "share your data with")
    if R.random() < 0.4:
        s = s + " " + R.choice(["We only share information with service providers who help us run the Service.",
                                "Any service providers we use are contractually bound to use data only on our behalf.",
                                "Ads on our Service, if any, are contextual and do not rely on your profile.",
                                "We may share aggregated statistics that do not identify you.",
                                "This has always been our policy."])
    return decorate(s, HEAD_MKT, FILLER_MKT, 0.15, 0.1), "NM"


MKT_NEG = ["We share information with service providers who perform services on our behalf, such as hosting, payment processing, customer support and email delivery.",
           "Payments are processed by our payment processor, which receives your card details solely to complete the transaction.",
           "We may disclose your information if required to do so by law or in response to valid requests by public authorities.",
           "If we are involved in a merger, acquisition or sale of assets, your information may be transferred as part of that transaction.",
           "We may share aggregated, de-identified statistics with partners and advertisers, such as how many people viewed a post; this information does not identify you.",
           "We may send you emails about new features, security updates and offers for our own services; you can unsubscribe at any time.",
           "We use strictly necessary cookies to keep you signed in and to protect your account.",
           "We use Google Analytics to understand how visitors use our site and to improve our services.",
           "Content you post publicly can be seen by other users and by anyone on the internet.",
           "Our vendors are bound by contract to process personal data only on our instructions.",
           "We share information with our affiliates to help us operate, secure and improve the Service.",
           "Security cookies help us detect suspicious login attempts.",
           "We may share information with law enforcement to protect the safety of our users.",
           "We may show you ads for our own products within the app based on the features you use.",
           "When you connect a third-party app, we share the information you choose to share with that app.",
           "Advertisers receive reports about the performance of their ads, which contain only aggregate information.",
           "We use cookies to remember your language preference and other settings.",
           "Customer support is provided by a vendor that can access your account details only to answer your request.",
           "Our cloud hosting provider stores data on our behalf in secure data centres.",
           "We may use your email address to send you a newsletter about {B}, which you can stop at any time.",
           "Ads may appear on the Service; advertisers do not receive your personal information when you see or click an ad.",
           "We share information with fraud prevention services to protect against abuse.",
           "If you purchase through an app store, the store operator processes your payment under its own terms."]


def gen_mkt_neg():
    return decorate(R.choice(MKT_NEG), HEAD_MKT, FILLER_MKT, 0.25, 0.25), "-"

# ================================================================ ORDINARY (templated)
ORD_T = [
    ("You must be at least {age} years old to use {B}.", {"age": ["13", "16", "18", "14", "13 (or the minimum age in your country)"]}),
    ("If you are under {age}, you may only use the Service with the involvement of a parent or legal guardian.", {"age": ["18", "16", "the age of majority in your jurisdiction"]}),
    ("We do not knowingly collect personal information from children under {age}. If we learn that we have, we will {act}.", {"age": ["13", "16"], "act": ["delete it promptly", "take steps to delete that information", "close the account"]}),
    ("You are responsible for keeping your {cred} confidential and for all activity that occurs under your account.", {"cred": ["password", "login credentials", "account password and recovery codes"]}),
    ("Notify us immediately at {mail} if you suspect any unauthorised use of your account.", {"mail": ["security@example.com", "support@example.org", "our Help Centre"]}),
    ("You agree not to {bad} while using the Service.", {"bad": ["harass, bully or intimidate other users", "post content that is hateful, threatening or pornographic", "use bots or scrapers to access the Service", "impersonate any person or entity", "upload viruses or malicious code", "sell or transfer your account", "collect other users' information without consent", "interfere with the proper working of the Service", "create multiple accounts to evade a ban"]}),
    ("These Terms are governed by the laws of {law}, without regard to its conflict of law provisions.", {"law": ["the State of California", "England and Wales", "Ireland", "the State of Delaware", "the Netherlands", "the Province of Ontario", "the State of New York"]}),
    ("Any dispute arising out of these Terms shall be resolved exclusively in the courts located in {venue}.", {"venue": ["San Francisco County, California", "Dublin, Ireland", "London", "Santa Clara County", "New York County"]}),
    ("{caps}", {"caps": ["THE SERVICE IS PROVIDED \"AS IS\" AND \"AS AVAILABLE\" WITHOUT WARRANTIES OF ANY KIND, EXPRESS OR IMPLIED.",
                         "TO THE MAXIMUM EXTENT PERMITTED BY LAW, IN NO EVENT SHALL WE BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES.",
                         "OUR TOTAL LIABILITY SHALL NOT EXCEED THE GREATER OF ONE HUNDRED DOLLARS ($100) OR THE AMOUNT YOU PAID US IN THE PAST TWELVE MONTHS.",
                         "YOU AND WE AGREE THAT EACH MAY BRING CLAIMS AGAINST THE OTHER ONLY IN AN INDIVIDUAL CAPACITY AND NOT AS A PLAINTIFF OR CLASS MEMBER IN ANY PURPORTED CLASS OR REPRESENTATIVE PROCEEDING.",
                         "WE DISCLAIM ALL WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT."]}),
    ("We may {chg} these Terms from time to time. {notice}", {"chg": ["revise", "update", "modify", "amend"], "notice": ["If we make material changes, we will notify you by email or through the Service.", "Your continued use of the Service after the changes take effect means you accept them.", "We will post the updated Terms with a new effective date.", "We will give you at least 30 days' notice of material changes."]}),
    ("We may suspend or terminate your account {when}.", {"when": ["if you breach these Terms", "at any time, with or without notice, for conduct that we believe violates these Terms", "if required by law", "if your account has been inactive for an extended period", "if we reasonably believe you are a risk to other users"]}),
    ("You may {close} your account at any time {how}.", {"close": ["close", "delete", "deactivate", "cancel"], "how": ["in your settings", "by contacting support", "by following the instructions in the Help Centre", "through the app"]}),
    ("If you have any questions about {doc}, please contact us at {addr}.", {"doc": ["these Terms", "this Privacy Policy", "our practices", "your account"], "addr": ["legal@example.com", "privacy@example.com", "123 Market Street, San Francisco, CA 94105", "our Data Protection Officer, dpo@example.eu", "the address listed below"]}),
    ("We use {sec} to help protect your information.", {"sec": ["encryption in transit and at rest", "industry-standard security measures", "administrative, technical and physical safeguards", "two-factor authentication and access controls"]}),
    ("No method of transmission over the internet is {adj} secure, so we cannot guarantee absolute security.", {"adj": ["100%", "completely", "entirely"]}),
    ("You have the right to {right} the personal data we hold about you.", {"right": ["access", "correct", "request a copy of", "request deletion of", "object to our processing of", "port", "restrict processing of"]}),
    ("To exercise your rights, {how}.", {"how": ["visit the privacy section of your account settings", "email privacy@example.com", "submit a request through our online form", "contact our Data Protection Officer"]}),
    ("Subscriptions {renew}.", {"renew": ["renew automatically at the end of each billing period unless you cancel", "are billed monthly in advance", "can be cancelled at any time, effective at the end of the current billing period", "are non-refundable except where required by law"]}),
    ("We may change our prices {when}.", {"when": ["at any time, with notice to you", "with at least 30 days' notice", "for future billing periods"]}),
    ("If you believe that content on the Service infringes your copyright, please send a notice to our designated agent at {addr}, including {inc}.", {"addr": ["copyright@example.com", "the address below"], "inc": ["a description of the copyrighted work", "your contact information and signature", "the URL of the allegedly infringing material"]}),
    ("We will terminate the accounts of {who} in appropriate circumstances.", {"who": ["repeat infringers", "users who repeatedly violate our policies"]}),
    ("\"{term}\" means {def_}.", {"term": ["Service", "Content", "User", "Account", "Affiliate", "Personal Data"], "def_": ["the website, apps and related services operated by us", "any text, image, audio, video or other material", "any person who accesses or uses the Service", "the account you create to use the Service", "an entity that controls, is controlled by or is under common control with us", "information that identifies or can reasonably be linked to an individual"]}),
    ("You agree to {indem} from any claims arising out of your use of the Service or your violation of these Terms.", {"indem": ["indemnify and hold us harmless", "defend, indemnify and hold harmless the Company and its officers"]}),
    ("{arb} ", {"arb": ["Any dispute will be resolved by binding arbitration administered by the American Arbitration Association.", "You may opt out of this arbitration agreement by sending written notice within 30 days of first accepting these Terms.", "The arbitrator's decision will be final and binding on both parties.", "Small claims court actions are excluded from this arbitration clause.", "Before filing a claim, you agree to try to resolve the dispute informally by contacting us."]}),
    ("If any provision of these Terms is found {inval}, the remaining provisions will remain in full force and effect.", {"inval": ["invalid", "unenforceable", "invalid or unenforceable"]}),
    ("Our failure to enforce any right or provision of these Terms will not be considered {w}.", {"w": ["a waiver of those rights", "a waiver"]}),
    ("These Terms constitute the entire agreement between you and {B} regarding {s}.", {"s": ["the Service", "your use of the Service", "the subject matter hereof"]}),
    ("We may provide links to third-party websites. We are not responsible for {x}.", {"x": ["their content or practices", "the availability of those sites", "any loss arising from your use of them"]}),
    ("The Service may be unavailable from time to time due to {r}.", {"r": ["maintenance", "technical issues", "events beyond our control", "upgrades"]}),
    ("We may transfer your information to countries outside {reg}, using {mech}.", {"reg": ["the European Economic Area", "your country of residence", "the UK"], "mech": ["Standard Contractual Clauses approved by the European Commission", "appropriate safeguards required by law", "adequacy decisions where available"]}),
    ("Parents can {act} by contacting us.", {"act": ["review their child's information", "request deletion of their child's account", "refuse further collection from their child"]}),
    ("We collect {data} when you {act}.", {"data": ["your name, email address and date of birth", "your phone number", "information about your device", "the content of your posts", "your IP address"], "act": ["create an account", "use the Service", "contact us", "make a purchase", "sign up"]}),
    ("We use the information we collect to {p}.", {"p": ["provide, maintain and improve the Service", "keep our users safe", "respond to your requests", "detect and prevent fraud", "personalise your feed", "communicate with you about your account", "debug and fix errors"]}),
    ("You may not use the Service if you are {x}.", {"x": ["barred from doing so under applicable law", "a convicted sex offender", "located in a sanctioned country", "someone we have previously banned"]}),
    ("Virtual items {v}.", {"v": ["have no monetary value and cannot be exchanged for cash", "are licensed, not sold, to you", "may be lost if your account is terminated"]}),
    ("Refunds are {r}.", {"r": ["handled according to the policy of the app store where you purchased", "available within 14 days of purchase for EU consumers", "not available for partially used periods"]}),
    ("We will respond to your request within {n}.", {"n": ["30 days", "one month", "45 days", "the time required by law"]}),
    ("Community Guidelines. {x}", {"x": ["Our Community Guidelines explain what is and is not allowed on the Service.", "Content that violates our Community Guidelines may be removed.", "We may use automated systems to detect violations."]}),
]


def gen_ordinary():
    t, slots = R.choice(ORD_T)
    s = t
    for k, v in slots.items():
        s = s.replace("{" + k + "}", R.choice(v))
    if R.random() < 0.12:
        s = R.choice(["12. ", "(a) ", "3.4 ", "General. ", "Miscellaneous: ", "Please note: "]) + s
    s = fill(s)
    if R.random() < 0.03:
        s = s.upper()
    return s.strip(), "-"

# ================================================================ MIXED paragraphs (union of labels)

def gen_mixed():
    parts = R.sample([("own", gen_ownership), ("po", gen_po), ("ir", gen_ir), ("br", gen_br), ("tm", gen_tm), ("nm", gen_nm),
                      ("on", gen_own_neg), ("rn", gen_ret_neg), ("mn", gen_mkt_neg)], 2)
    # avoid contradictory pairs on the same topic and at most one TM
    names = {p[0] for p in parts}
    if {"tm", "nm"} <= names or {"ir", "br"} <= names:
        return None
    texts, tags = [], []
    NOHEAD[0] = True
    for _, f in parts:
        t, g = f()
        # strip headings from inner parts
        texts.append(t.replace("\n", " "))
        tags.append(g)
    NOHEAD[0] = False
    if R.random() < 0.5:
        texts[0] = R.choice(HEAD_OWN + HEAD_RET + HEAD_MKT) + texts[0]
    return " ".join(texts), ",".join(g for g in tags if g != "-") or "-"

# ================================================================ assemble

def norm(t):
    return re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()


def load_hand():
    rows = []
    for fn in sorted(os.listdir(os.path.join(HERE, "hand"))):
        if not fn.endswith(".txt"):
            continue
        topic = fn[:-4].split("_")[0]
        for ln, line in enumerate(open(os.path.join(HERE, "hand", fn), encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if " | " not in line:
                raise ValueError("%s:%d missing ' | '" % (fn, ln))
            tags, text = line.split(" | ", 1)
            text = text.strip().replace("\\n", "\n")
            rows.append((topic, text, tags.strip(), "%s:%d" % (fn, ln)))
    return rows


PLAN = [  # (file, generator, target count)
    ("ownership", gen_ownership, 260), ("ownership", gen_po, 95), ("ownership", gen_own_neg, 150),
    ("retention", gen_ir, 215), ("retention", gen_br, 100), ("retention", gen_ir_br, 18), ("retention", gen_ret_neg, 150),
    ("marketing", gen_tm, 300), ("marketing", gen_nm, 130), ("marketing", gen_mkt_neg, 160),
    ("ordinary", gen_ordinary, 780), ("mixed", gen_mixed, 120),
]
PREFIX = {"ownership": "own", "retention": "ret", "marketing": "mkt", "ordinary": "ord", "mixed": "mix"}


def main():
    seen = set()
    files = {}
    counters = {}

    def add(topic, text, tags, src):
        n = norm(text)
        if n in seen:
            return False
        seen.add(n)
        labels, prot, consent = parse_tags(tags)
        pre = PREFIX.get(topic, topic[:3])
        key = (pre, src)
        counters[key] = counters.get(key, 0) + 1
        rid = "c-%s-%s%04d" % (pre, src, counters[key])
        files.setdefault(topic, []).append({"id": rid, "text": text, "labels": sorted(labels),
                                            "protective": sorted(prot), "consent": consent})
        return True

    for topic, text, tags, where in load_hand():
        if not add(topic, text, tags, "h"):
            print("duplicate hand row skipped:", where, file=sys.stderr)
    for topic, fn, target in PLAN:
        got, tries = 0, 0
        while got < target and tries < target * 60:
            tries += 1
            r = fn()
            if r is None:
                continue
            if add(topic, r[0], r[1], "g"):
                got += 1
        if got < target:
            print("WARN %s/%s only %d of %d" % (topic, fn.__name__, got, target), file=sys.stderr)
    for topic, rows in files.items():
        with open(os.path.join(OUT, topic + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", sum(len(v) for v in files.values()), "rows in", len(files), "files")


if __name__ == "__main__":
    main()
